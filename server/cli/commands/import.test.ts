// The import, timeline and migrate commands as a user runs them: a subprocess
// (`tsx server/cli/main.ts …`) against a temp database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES_DIR } from "../../testing/sample-reports";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "server/cli/main.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, IMPORT_SAMPLES: "1", NODE_ENV: "test" },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const projectCount = () => (JSON.parse(cli("timeline", "--json").stdout) as { projects: unknown[] }).projects.length;
const sample = (week: string) => path.join(SAMPLES_DIR, "reports", `${week}.md`);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tracker-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cli import / timeline / migrate", () => {
  it("migrates a new database and says so, then has nothing to do", () => {
    expect(cli("migrate")).toMatchObject({ code: 0, stdout: expect.stringContaining("已应用迁移") });
    expect(cli("migrate")).toMatchObject({ code: 0, stdout: expect.stringContaining("已是最新") });
  });

  it("refuses a binary, a GBK and an empty file with one line and writes nothing", () => {
    const files = {
      "scan.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      "gbk.md": Buffer.from([0xd6, 0xdc, 0xb1, 0xa8]),
      "empty.md": Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const r = cli("import", file);
      expect(r.code, name).not.toBe(0);
      expect(r.stdout, name).toBe("");
      expect(r.stderr.trim().split("\n"), name).toHaveLength(1);
      expect(r.stderr, name).toContain(name);
    }
    // a good file before a bad one is not imported either
    expect(cli("import", sample("2024-W45"), path.join(dir, "gbk.md")).code).not.toBe(0);
    expect(projectCount()).toBe(0);
  });

  it("prints the change set with --dry-run and writes nothing", () => {
    const r = cli("import", "--dry-run", sample("2024-W45"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2024-W45");
    expect(r.stdout).toContain("新项目");
    expect(r.stdout).toContain("试运行");
    expect(projectCount()).toBe(0);
  });

  it("imports each file with one summary line, and the same file again changes nothing", () => {
    const r = cli("import", sample("2024-W45"), sample("2024-W46"), "--actor", "测试");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^2024-W45\.md: 2024-W45 已导入/),
      expect.stringMatching(/^2024-W46\.md: 2024-W46 已导入/),
    ]);
    expect(cli("import", sample("2024-W46")).stdout).toContain("内容相同");
  });

  it("prints the timeline as JSON in the checker's shape and as a table", () => {
    const dump = JSON.parse(cli("timeline", "--json").stdout) as {
      projects: {
        name: string;
        milestones: { title: string; baselineDate: string; date: string; state: string; slipDays: number }[];
        progressHistory: unknown[];
      }[];
    };
    const p = dump.projects.find((x) => x.name === "长沙佣金存管");
    expect(p).toBeDefined();
    expect(p?.milestones[0]).toEqual(
      expect.objectContaining({
        title: expect.any(String),
        baselineDate: expect.any(String),
        date: expect.any(String),
        state: expect.any(String),
        slipDays: expect.any(Number),
      }),
    );
    const table = cli("timeline");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("长沙佣金存管");
    expect(cli("timeline", "--bogus").code).not.toBe(0);
  });
});
