// The import, timeline and migrate commands as a user runs them: a subprocess
// (`tsx server/cli/main.ts …`) against a temp database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { SAMPLES_DIR } from "../../testing/sample-reports";
import { weeklySeries } from "../../testing/weekly-series";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir: string;

function cli(...args: string[]) {
  return cliOn("cli.db", ...args);
}

function cliOn(database: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "server/cli/main.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, database)}`, IMPORT_SAMPLES: "1", NODE_ENV: "test" },
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

// each command is a subprocess (tsx): on a loaded machine one takes 10–20 s
describe("cli import / timeline / migrate", { timeout: 120_000 }, () => {
  it("migrates a new database and says so, then has nothing to do", () => {
    expect(cli("migrate")).toMatchObject({ code: 0, stdout: expect.stringContaining("已应用迁移") });
    expect(cli("migrate")).toMatchObject({ code: 0, stdout: expect.stringContaining("已是最新") });
  });

  it("refuses a binary, a Latin-1, an undated and an empty file with one line and writes nothing", () => {
    const files = {
      "scan.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      "latin1.md": Buffer.from("Réseau : déploiement prévu, équipe réunie", "latin1"),
      "gbk.md": Buffer.from([0xd6, 0xdc, 0xb1, 0xa8]), // 周报 in GBK: read, but it has no date and no entries
      "empty.md": Buffer.alloc(0),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    });
    const r = cli("import", ...paths);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    for (const [i, reason] of [/PNG/, /无法识别文件编码/, /日期|周报/, /空/].entries()) {
      expect(lines[i]).toContain(Object.keys(files)[i]);
      expect(lines[i]).toMatch(reason);
    }
    expect(projectCount()).toBe(0);
  }, 60_000);

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

  it("imports a .zip of 52 weeks out of order in date order, reports the broken file, and skips all of it on a re-run", () => {
    const series = weeklySeries();
    // out of order: every seventh week first, and so on
    const shuffled = [...series].sort((a, b) => ((Number(a.week.slice(-2)) * 7) % 53) - ((Number(b.week.slice(-2)) * 7) % 53));
    const entries = Object.fromEntries(shuffled.map((r) => [r.fileName, new TextEncoder().encode(r.text)]));
    const zip = path.join(dir, "year.zip");
    writeFileSync(zip, zipSync({ ...entries, "scan.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) }));

    const batch = cliOn("batch.db", "import", zip);
    expect(batch.code).toBe(1);
    expect(batch.stderr.trim().split("\n")).toEqual([expect.stringMatching(/year\.zip\/scan\.md: .*PNG/)]);
    const lines = batch.stdout.trim().split("\n");
    expect(lines.map((l) => l.slice(0, 8))).toEqual(series.map((r) => r.week)); // date order
    expect(lines.every((l) => l.includes("已导入"))).toBe(true);

    const again = cliOn("batch.db", "import", zip);
    expect(again.stdout.trim().split("\n")).toEqual(series.map((r) => expect.stringContaining(`${r.week} 内容相同`)));

    // the same weeks imported one file after another, in order, give the same timeline
    const files = series.map((r) => {
      const file = path.join(dir, r.fileName);
      writeFileSync(file, r.text);
      return file;
    });
    expect(cliOn("serial.db", "import", ...files).code).toBe(0);
    const timeline = (db: string) => JSON.parse(cliOn(db, "timeline", "--json").stdout) as { projects: unknown[] };
    const serial = timeline("serial.db");
    expect(serial.projects.length).toBe(4);
    expect(timeline("batch.db")).toEqual(serial);
  }, 180_000);
});
