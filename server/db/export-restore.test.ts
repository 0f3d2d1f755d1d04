// Moving a database: export → JSON → restore keeps every row of every table,
// ids and timestamps included. SQLite → SQLite always; SQLite → PostgreSQL →
// SQLite when TEST_DATABASE_URL names a server (npm run test:pg).
import { afterEach, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase, testDatabaseUrl } from "../testing/temp-database";
import { commitImport } from "../tracking/import/commit-import";
import { editInitiative } from "../tracking/edit/edit-initiative";
import { editMilestone } from "../tracking/edit/edit-milestone";
import { getTimeline } from "../tracking/read/get-timeline";
import type { Db } from "./create-client";
import { DumpError, NOT_DUMPED, parseDump, TABLES } from "./dump-format";
import { delegateOf, exportData } from "./export-data";
import { restoreData } from "./restore-data";

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

/** Three imported weeks plus manual edits, so every table has rows (nulls, floats and CJK text included). */
async function filled(provider: "sqlite" | "postgresql") {
  const db = await database(provider);
  for (const [, text] of sampleReports().slice(0, 3)) await commitImport(db, text, { actor: "导入人" });
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
  return Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t.name, await delegateOf(db, t.model).findMany({ orderBy: { id: "asc" } })] as const)),
  );
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
    expect(await getTimeline(target, { today: TODAY })).toEqual(await getTimeline(source, { today: TODAY }));

    const next = await commitImport(target, sampleReports()[3]![1], { actor: "t" });
    expect(next.reportId).toBe(Math.max(...before.Report!.map((r) => r.id as number)) + 1);
  });

  it("refuses a database that already holds data, and changes nothing in it", async () => {
    const source = await filled("sqlite");
    const dump = await throughJson(source);
    const target = await database("sqlite");
    await commitImport(target, sampleReports()[5]![1], { actor: "t" });
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

  it("tells a file that is not a dump, of another version or incomplete, from a good one", () => {
    expect(() => parseDump({ hello: 1 })).toThrow(/不是周报跟踪的导出文件/);
    expect(() => parseDump({ format: "weekly-tracker-dump", version: 2, exportedAt: "", tables: {} })).toThrow(/版本 2 不受支持/);
    expect(() => parseDump({ format: "weekly-tracker-dump", version: 1, exportedAt: "", tables: { Report: [] } })).toThrow(/不完整/);
  });

  it("restores a dump written before accounts existed, with no users", async () => {
    const dump = JSON.parse(JSON.stringify(await exportData(await filled("sqlite")))) as { tables: Record<string, unknown> };
    delete dump.tables.User;
    delete dump.tables.Account;
    delete dump.tables.AuditLog;
    const parsed = parseDump(dump);
    expect(parsed.tables.User).toEqual([]);
    const target = await database("sqlite");
    expect(await restoreData(target, parsed)).toMatchObject({ User: 0, Account: 0, AuditLog: 0 });
  });

  it("lists every model but the revision counter and the short-lived auth tables, with exactly its DateTime columns", async () => {
    expect([...TABLES.map((t) => t.name), ...NOT_DUMPED].toSorted()).toEqual(Object.values(Prisma.ModelName).toSorted());
    const db = await filled("sqlite");
    for (const t of TABLES) {
      const [row] = await delegateOf(db, t.model).findMany({ orderBy: { id: "asc" } });
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
      await commitImport(pg, sampleReports()[3]![1], { actor: "t" }),
      await commitImport(back, sampleReports()[3]![1], { actor: "t" }),
    ];
    expect(onPg).toEqual(onSqlite);
    const ids = async (db: Db) =>
      Object.fromEntries(
        await Promise.all(
          TABLES.map(async (t) => [t.name, (await delegateOf(db, t.model).findMany({ orderBy: { id: "asc" } })).map((r) => r.id)]),
        ),
      );
    expect(await ids(pg)).toEqual(await ids(back));
  });
});
