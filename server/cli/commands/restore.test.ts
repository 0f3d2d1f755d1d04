// `cli export` then `cli restore` as a user runs them (subprocesses against temp
// databases): the restore lands in the audit log, beside the rows it restored.
// A dump written before departments (version 1) restores too.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DumpedModel, DumpRow } from "../../db/dump-format";
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
    const restored = JSON.parse(cli("target.db", "export").stdout) as Tables;
    expect(restored.tables.Report).toHaveLength(1);
    expect(restored.tables.Department).toEqual((JSON.parse(dump.stdout) as Tables).tables.Department);
    expect(restored.tables.AuditLog).toMatchObject([
      { action: "restore", userId: null, reason: "dump.json", userName: expect.stringMatching(/^命令行（/) },
    ]);
    expect(JSON.parse(restored.tables.AuditLog[0]!.changes as string)).toMatchObject({ Report: 1 });
  }, 120_000); // five subprocesses on a shared machine

  it("restores a dump written before departments into the department its report named", () => {
    expect(cli("v2.db", "import", "--department", "风控平台部", path.join(SAMPLES_DIR, "reports", "2024-W47.md")).code).toBe(0);
    const { tables, exportedAt } = JSON.parse(cli("v2.db", "export").stdout) as Tables & { exportedAt: string };
    // as the code before departments wrote it: a department name on each row, groups without one
    const { Department: _, Membership: _members, Group, Report, Initiative, InitiativeAlias, ...rest } = tables;
    const named = ({ departmentId: _id, ...row }: DumpRow) => ({ ...row, department: "风控平台部" });
    const groups = Group.map(({ departmentId: _id, ...g }) => g);
    const tablesV1 = {
      ...rest,
      Group: groups,
      Report: Report.map(named),
      Initiative: Initiative.map(named),
      InitiativeAlias: InitiativeAlias.map(named),
    };
    const v1 = { format: "weekly-tracker-dump", version: 1, exportedAt, tables: tablesV1 };
    writeFileSync(path.join(dir, "v1.json"), JSON.stringify(v1));

    expect(cli("v1.db", "restore", path.join(dir, "v1.json"))).toMatchObject({ code: 0, stdout: expect.stringContaining("部门 1") });
    const restored = (JSON.parse(cli("v1.db", "export").stdout) as Tables).tables;
    expect(restored.Department).toEqual([{ id: 1, name: "风控平台部", createdAt: exportedAt }]);
    // the rest as it was (the audit log aside: each database logged its own import or restore)
    const tracked = ({ AuditLog: _log, Department: _departments, ...rest }: Tables["tables"]) => rest;
    expect(tracked(restored)).toEqual(tracked(tables));
  }, 120_000);
});

interface Tables {
  tables: Record<DumpedModel, DumpRow[]>;
}
