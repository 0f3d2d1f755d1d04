// `cli export` then `cli restore` as a user runs them (subprocesses against temp
// databases): the restore lands in the audit log, beside the rows it restored.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES_DIR } from "../../testing/sample-reports";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir: string;

function cli(database: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "server/cli/main.ts"), ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(dir, database)}`, NODE_ENV: "test" } },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tracker-cli-restore-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cli restore", () => {
  it("restores a dump and logs who restored what", () => {
    expect(cli("source.db", "import", path.join(SAMPLES_DIR, "reports", "2024-W47.md")).code).toBe(0);
    const dump = cli("source.db", "export");
    expect(dump.code).toBe(0);
    writeFileSync(path.join(dir, "dump.json"), dump.stdout);

    expect(cli("target.db", "restore", path.join(dir, "dump.json"))).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("操作日志 0"),
    });
    const restored = JSON.parse(cli("target.db", "export").stdout) as {
      tables: { AuditLog: Record<string, unknown>[]; Report: unknown[] };
    };
    expect(restored.tables.Report).toHaveLength(1);
    expect(restored.tables.AuditLog).toMatchObject([
      { action: "restore", userId: null, reason: "dump.json", userName: expect.stringMatching(/^命令行（/) },
    ]);
    expect(JSON.parse(restored.tables.AuditLog[0]!.changes as string)).toMatchObject({ Report: 1 });
  }, 120_000); // five subprocesses on a shared machine
});
