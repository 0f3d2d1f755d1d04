// Moving a database: export → JSON → restore keeps every row of every table,
// ids and timestamps included. SQLite → SQLite always; SQLite → PostgreSQL →
// SQLite when TEST_DATABASE_URL names a server (npm run test:pg). A dump written
// before departments (version 1) restores into the departments it named.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_DEPARTMENT } from "../../lib/domain/default-department";
import { Prisma } from "../generated/prisma/client";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase, testDatabaseUrl } from "../testing/temp-database";
import { TEST_DEPARTMENT, testDepartmentId } from "../testing/test-department";
import { commitImport } from "../tracking/import/commit-import";
import { editInitiative } from "../tracking/edit/edit-initiative";
import { editMilestone } from "../tracking/edit/edit-milestone";
import { getTimeline } from "../tracking/read/get-timeline";
import type { Db } from "./create-client";
import { type Dump, DumpError, type DumpRow, NOT_DUMPED, parseDump, TABLES } from "./dump-format";
import { delegateOf, exportData, readTable } from "./export-data";
import { restoreData } from "./restore-data";
import { findOrCreateDepartment, setRole } from "./store/departments";

const TODAY = "2024-12-14";
const opened: TempDatabase[] = [];
async function database(provider: "sqlite" | "postgresql") {
  const temp = await createTempDatabase({ provider });
  opened.push(temp);
  return temp.db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.dispose()));
});

/**
 * Three imported weeks (into the departments named) plus manual edits and a
 * member, so every table has rows (nulls, floats and CJK text included).
 */
async function filled(provider: "sqlite" | "postgresql", departments = [TEST_DEPARTMENT, TEST_DEPARTMENT, "支付部"]) {
  const db = await database(provider);
  for (const [n, [, text]] of sampleReports().slice(0, 3).entries()) {
    const { id: departmentId } = await findOrCreateDepartment(db, departments[n]!);
    // the first import remembers a layout rule (LayoutProfileRule)
    const corrections = n === 0 ? [{ kind: "skipSection" as const, match: "收获与反思", value: "" }] : [];
    await commitImport(db, text, { departmentId, actor: "导入人", corrections });
  }
  const m = await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
  await editMilestone(db, { id: m.id, expectedVersion: m.version, date: "2024-12-31", reason: "银行排期", actor: "pm", today: TODAY });
  const i = await db.initiative.findFirstOrThrow({ where: { progress: { not: null } }, orderBy: { id: "asc" } });
  await editInitiative(db, { id: i.id, expectedVersion: i.version, progress: 33.5, reason: null, actor: "pm", today: TODAY });
  const user = await db.user.create({
    data: { id: "user-1", name: "管理员", email: "admin@localhost.invalid", username: "admin", displayUsername: "Admin", siteAdmin: true },
  });
  await db.account.create({
    data: { id: "account-1", accountId: user.id, providerId: "credential", userId: user.id, password: "salt:hash" },
  });
  const { id: departmentId } = await findOrCreateDepartment(db, departments[0]!);
  await db.$transaction((tx) => setRole(tx, user.id, departmentId, "admin"));
  await db.auditLog.create({
    data: {
      userId: user.id,
      userName: "管理员",
      ip: "192.0.2.1",
      action: "milestone.edit",
      changes: '{"date":{"old":null,"new":"2024-12-31"}}',
      reason: "银行排期",
    },
  });
  await db.auditLog.create({ data: { userId: null, userName: "nobody", ip: null, action: "sign-in.failed", department: null } });
  // short-lived: not in a dump
  await db.session.create({ data: { id: "session-1", token: "t", expiresAt: new Date(), userId: user.id } });
  return db;
}

async function allTables(db: Db) {
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t.name, await readTable(db, t)] as const)));
}

/**
 * What the code before departments (version 1) exported of the same data: each
 * report, initiative and alias names its department ('' for 默认部门), and there
 * is one group per name (the lowest id), shared by every department.
 */
function asVersion1(dump: Dump): unknown {
  const { Department, Membership: _, LayoutProfileRule: _rules, Group, Report, Initiative, InitiativeAlias, ...unchanged } = dump.tables;
  const names = new Map(Department.map((d) => [d.id, d.name === DEFAULT_DEPARTMENT ? "" : d.name]));
  const named = ({ departmentId, ...row }: DumpRow) => ({ ...row, department: names.get(departmentId)! });
  const shared = new Map<DumpRow[string], DumpRow>();
  for (const { departmentId: _, ...group } of Group) if (!shared.has(group.name)) shared.set(group.name, group);
  const groupName = new Map(Group.map((g) => [g.id, g.name]));
  return {
    format: dump.format,
    version: 1,
    exportedAt: dump.exportedAt,
    tables: {
      ...unchanged,
      Group: [...shared.values()],
      Report: Report.map(named),
      Initiative: Initiative.map((i) => ({ ...named(i), groupId: shared.get(groupName.get(i.groupId)!)!.id })),
      InitiativeAlias: InitiativeAlias.map(named),
    },
  };
}

/** Reports, initiatives, aliases and groups by the names of their departments (and groups), not their ids. */
async function byDepartmentName(db: Db) {
  const department = { select: { name: true } };
  return {
    reports: (await db.report.findMany({ orderBy: { id: "asc" }, include: { department } })).map(({ departmentId: _, ...r }) => r),
    initiatives: (
      await db.initiative.findMany({
        orderBy: { id: "asc" },
        include: { department, group: { select: { name: true, sortOrder: true, department } } },
      })
    ).map(({ departmentId: _, groupId: _group, ...i }) => i),
    aliases: (
      await db.initiativeAlias.findMany({ orderBy: { id: "asc" }, include: { department, initiative: { select: { department } } } })
    ).map(({ departmentId: _, ...a }) => a),
    groups: (await db.group.findMany({ select: { name: true, sortOrder: true, department } })).toSorted((a, b) =>
      `${a.department.name}/${a.name}`.localeCompare(`${b.department.name}/${b.name}`),
    ),
  };
}

/** Restores the version-1 dump of the same data as `source` into a new database and checks nothing was lost or misplaced. */
async function restoresVersion1(source: Db, provider: "sqlite" | "postgresql") {
  const dump = await exportData(source);
  const old = parseDump(JSON.parse(JSON.stringify(asVersion1(dump))));
  const target = await database(provider);
  await restoreData(target, old);
  const [before, after] = [await allTables(source), await allTables(target)];

  const exportedAt = new Date(dump.exportedAt);
  expect(after.Department).toEqual(
    [DEFAULT_DEPARTMENT, "风控平台部"].toSorted().map((name, i) => ({ id: i + 1, name, createdAt: exportedAt })),
  );
  expect(await byDepartmentName(target)).toEqual(await byDepartmentName(source));
  const moved = ["Department", "Membership", "Group", "Report", "Initiative", "InitiativeAlias", "LayoutProfileRule"];
  for (const t of TABLES.filter((t) => !moved.includes(t.name))) expect(after[t.name], t.name).toEqual(before[t.name]);
  // there were no memberships nor layout profiles before departments
  expect(after.Membership).toEqual([]);
  expect(after.LayoutProfileRule).toEqual([]);
  return target;
}

/** What a file written by `cli export` and read by `cli restore` carries. */
const throughJson = async (db: Db) => parseDump(JSON.parse(JSON.stringify(await exportData(db))));

describe("export and restore, SQLite → SQLite", () => {
  it("keeps every row of every table, ids and timestamps included, and new rows continue after the largest id", async () => {
    const source = await filled("sqlite");
    const before = await allTables(source);
    for (const t of TABLES) expect(before[t.name]?.length, t.name).toBeGreaterThan(0);

    const target = await database("sqlite");
    const counts = await restoreData(target, await throughJson(source));
    expect(counts).toEqual(Object.fromEntries(TABLES.map((t) => [t.name, before[t.name]!.length])));
    expect(await allTables(target)).toEqual(before);
    expect(before.Department!.map((d) => d.name)).toEqual([TEST_DEPARTMENT, "支付部"]);
    expect(await getTimeline(target, { today: TODAY })).toEqual(await getTimeline(source, { today: TODAY }));

    const next = await commitImport(target, sampleReports()[3]![1], { departmentId: await testDepartmentId(target), actor: "t" });
    expect(next.reportId).toBe(Math.max(...before.Report!.map((r) => r.id as number)) + 1);
  });

  it("refuses a database that already holds data, and changes nothing in it", async () => {
    const source = await filled("sqlite");
    const dump = await throughJson(source);
    const target = await database("sqlite");
    await commitImport(target, sampleReports()[5]![1], { departmentId: await testDepartmentId(target), actor: "t" });
    const before = await allTables(target);
    await expect(restoreData(target, dump)).rejects.toThrow(/不是空的.*只能恢复到空数据库/);
    expect(await allTables(target)).toEqual(before);
  });

  it("restores nothing when one row is bad", async () => {
    const dump = await throughJson(await filled("sqlite"));
    dump.tables.EditLog[0]!.createdAt = "not a date";
    const target = await database("sqlite");
    await expect(restoreData(target, dump)).rejects.toThrow(DumpError);
    for (const t of TABLES) expect(await delegateOf(target, t.model).count(), t.name).toBe(0);
  });

  it("tells a file that is not a dump, of another version or incomplete, from a good one", async () => {
    expect(() => parseDump({ hello: 1 })).toThrow(/不是周报跟踪的导出文件/);
    expect(() => parseDump({ format: "weekly-tracker-dump", version: 3, exportedAt: "", tables: {} })).toThrow(/版本 3 不受支持/);
    expect(() => parseDump({ format: "weekly-tracker-dump", version: 1, exportedAt: "", tables: { Report: [] } })).toThrow(/不完整/);
    const dump = JSON.parse(JSON.stringify(await exportData(await filled("sqlite")))) as { tables: Record<string, unknown> };
    delete dump.tables.Membership;
    expect(() => parseDump(dump)).toThrow(/不完整.*Membership/);
  });

  it("restores a version-1 dump (before departments) with every row in the department it named, a shared group split", async () => {
    const source = await filled("sqlite", ["风控平台部", "风控平台部", DEFAULT_DEPARTMENT]);
    const old = asVersion1(await exportData(source)) as { tables: { Initiative: DumpRow[]; Report: DumpRow[] } };
    // what makes the case: groups used by both departments, and reports of both (one of them '')
    const departmentsOf = (groupId: DumpRow[string]) =>
      new Set(old.tables.Initiative.filter((i) => i.groupId === groupId).map((i) => i.department));
    expect(old.tables.Initiative.some((i) => departmentsOf(i.groupId).size === 2)).toBe(true);
    expect(new Set(old.tables.Report.map((r) => r.department))).toEqual(new Set(["风控平台部", ""]));
    await restoresVersion1(source, "sqlite");
  });

  it("restores a version-1 dump written before accounts existed, with no users", async () => {
    const dump = asVersion1(await exportData(await filled("sqlite"))) as { tables: Record<string, unknown> };
    delete dump.tables.User;
    delete dump.tables.Account;
    delete dump.tables.AuditLog;
    const parsed = parseDump(dump);
    expect(parsed.tables.User).toEqual([]);
    const target = await database("sqlite");
    expect(await restoreData(target, parsed)).toMatchObject({ User: 0, Account: 0, AuditLog: 0, Membership: 0 });
  });

  it("restores a version-2 dump written before layout profiles existed, with none", async () => {
    const dump = JSON.parse(JSON.stringify(await exportData(await filled("sqlite")))) as { tables: Record<string, unknown> };
    delete dump.tables.LayoutProfileRule;
    const target = await database("sqlite");
    expect(await restoreData(target, parseDump(dump))).toMatchObject({ LayoutProfileRule: 0 });
  });

  it("lists every model but the revision counter and the short-lived auth tables, with exactly its DateTime columns", async () => {
    expect([...TABLES.map((t) => t.name), ...NOT_DUMPED].toSorted()).toEqual(Object.values(Prisma.ModelName).toSorted());
    const db = await filled("sqlite");
    for (const t of TABLES) {
      const [row] = await readTable(db, t);
      const dateColumns = Object.entries(row!)
        .filter(([, v]) => v instanceof Date)
        .map(([k]) => k);
      // a nullable DateTime column is a Date only when set
      expect(
        dateColumns.filter((c) => !t.nullableDates?.includes(c)),
        t.name,
      ).toEqual([...t.dates]);
    }
  });
});

describe.skipIf(!testDatabaseUrl())("export and restore, SQLite → PostgreSQL → SQLite", () => {
  it("carries every table there and back unchanged, and each side goes on numbering after the largest id", async () => {
    const sqlite = await filled("sqlite");
    const before = await allTables(sqlite);
    const firstDump = await throughJson(sqlite);

    const pg = await database("postgresql");
    await restoreData(pg, firstDump);
    expect(await allTables(pg)).toEqual(before);
    expect(await getTimeline(pg, { today: TODAY })).toEqual(await getTimeline(sqlite, { today: TODAY }));

    const secondDump = await throughJson(pg);
    expect(secondDump.tables).toEqual(firstDump.tables);
    const back = await database("sqlite");
    await restoreData(back, secondDump);
    expect(await allTables(back)).toEqual(before);

    // The sequences were reset: the next import on PostgreSQL gets the ids SQLite gives it.
    const [onPg, onSqlite] = [
      await commitImport(pg, sampleReports()[3]![1], { departmentId: await testDepartmentId(pg), actor: "t" }),
      await commitImport(back, sampleReports()[3]![1], { departmentId: await testDepartmentId(back), actor: "t" }),
    ];
    expect(onPg).toEqual(onSqlite);
    const ids = async (db: Db) =>
      Object.fromEntries(
        await Promise.all(TABLES.map(async (t) => [t.name, (await readTable(db, t)).map((r) => t.key?.map((k) => r[k]) ?? r.id)])),
      );
    expect(await ids(pg)).toEqual(await ids(back));
  });

  it("restores a version-1 dump into PostgreSQL, and new departments and groups are numbered after the restored ones", async () => {
    const pg = await restoresVersion1(await filled("sqlite", ["风控平台部", "风控平台部", DEFAULT_DEPARTMENT]), "postgresql");
    const groupIds = (await pg.group.findMany({ select: { id: true } })).map((g) => g.id);
    const department = await pg.department.create({ data: { name: "新部门" } });
    expect(department.id).toBe(3);
    expect((await pg.group.create({ data: { departmentId: department.id, name: "新分组" } })).id).toBe(Math.max(...groupIds) + 1);
  });
});
