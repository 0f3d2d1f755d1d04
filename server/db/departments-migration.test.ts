// Proves the departments migration (20261203000000_departments, SQLite and
// PostgreSQL) on a database from before it: rows of the old shape go in with raw
// SQL, the remaining migrations run, and every row must be where the old
// `department` text said, nothing else changed. Runs on whichever provider
// createTempDatabase gives (SQLite, or PostgreSQL in test:pg).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEPARTMENT } from "../../lib/domain/default-department";
import { createTempDatabase, migrate, type TempDatabase } from "../testing/temp-database";
import { createClient, type Db, providerOf } from "./create-client";
import type { DumpRow, DumpV1 } from "./dump-format";
import { upgradeDumpV1 } from "./dump-upgrade";

const LAST_BEFORE = "20261202020000_audit_log";
const MOVED = ["Report", "Group", "Initiative", "InitiativeAlias"];
const AT = "2024-11-23 09:43:00";

type Row = Record<string, unknown>;
type Snapshot = Record<string, Row[]>;

let temp: TempDatabase;
/** a client opened after the migration, as the app's is (statements cached before it saw the old tables) */
let db: Db;
let before: Snapshot;
let after: Snapshot;

beforeAll(async () => {
  temp = await createTempDatabase({ migrateUpTo: LAST_BEFORE });
  await seedOldShape(temp.db);
  before = await snapshot(temp.db);
  // this migration only: later ones add tables and columns of their own
  await migrate(temp.target, "20261203000000_departments");
  db = createClient(temp.target);
  after = await snapshot(db);
});
afterAll(async () => {
  await db?.$disconnect();
  await temp?.dispose();
});

/**
 * Two departments' reports by name and one without ('' then), a group both
 * departments use, one only 支付部 uses and one nobody uses, aliases, milestones,
 * observations, an edit log, an account. Ids come from the sequences, as the
 * app's inserts got them; the last report and initiative are deleted, so their
 * ids are used but no row has them.
 */
async function seedOldShape(db: Db) {
  const insert = async (table: string, rows: Record<string, string | number | null>[]) => {
    for (const row of rows) {
      const values = Object.values(row).map((v) =>
        v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`,
      );
      await db.$executeRawUnsafe(`INSERT INTO "${table}" (${Object.keys(row).map((c) => `"${c}"`)}) VALUES (${values})`);
    }
  };
  await insert("Group", [
    { name: "O1 业务服务", sortOrder: 1 }, // 1: 风控平台部 and 支付部
    { name: "贝易转", sortOrder: 2 }, // 2: 支付部
    { name: "其他", sortOrder: 3 }, // 3: ''
    { name: "空分组", sortOrder: 4 }, // 4: nobody
  ]);
  const report = (department: string, week: string) => ({
    department,
    week,
    reportDate: "2024-11-23",
    title: `${department} ${week}`,
    rawText: `# ${week}\n- 【O1 业务服务】`,
    contentHash: `${department}-${week}`,
    importedAt: AT,
    importedBy: "pm",
  });
  await insert("Report", [
    report("风控平台部", "2024-W46"), // 1
    report("风控平台部", "2024-W47"), // 2
    report("支付部", "2024-W47"), // 3
    report("", "2024-W47"), // 4
    report("支付部", "2024-W48"), // 5, deleted
  ]);
  const initiative = (department: string, name: string, groupId: number, progress: number | null) => ({
    department,
    name,
    groupId,
    status: "active",
    progress,
    startDate: "2024-11-09",
    lastSeenWeek: "2024-W47",
    progressHistory: progress === null ? "[]" : `[{"week":"2024-W47","progress":${progress}}]`,
    createdAt: AT,
    updatedAt: AT,
  });
  await insert("Initiative", [
    initiative("风控平台部", "反欺诈模型", 1, 40), // 1
    initiative("支付部", "支付网关", 1, 12.5), // 2
    initiative("支付部", "贝易转对账", 2, null), // 3
    initiative("", "杂项", 3, 100), // 4
    initiative("支付部", "已合并", 2, null), // 5, deleted
  ]);
  await insert("InitiativeAlias", [
    { initiativeId: 1, department: "风控平台部", name: "反欺诈模型", key: "反欺诈模型" },
    { initiativeId: 2, department: "支付部", name: "支付网关", key: "支付网关" },
    { initiativeId: 2, department: "支付部", name: "已合并", key: "已合并" },
    { initiativeId: 4, department: "", name: "杂项", key: "杂项" },
  ]);
  const milestone = (initiativeId: number, title: string) => ({
    initiativeId,
    key: title,
    title,
    date: "2024-12-31",
    rangeStart: "2024-12-31",
    precision: "day",
    state: "planned",
    baselineDate: "2024-12-20",
    baselineStart: "2024-12-20",
    timesMoved: 1,
    lastMoveWeek: "2024-W47",
    lastMoveDays: 11,
    createdAt: AT,
    updatedAt: AT,
  });
  await insert("Milestone", [milestone(1, "模型上线"), milestone(2, "网关切换")]);
  await insert("MilestoneObservation", [
    {
      milestoneId: 1,
      reportId: 2,
      basisDate: "2024-11-23",
      title: "模型上线",
      key: "模型上线",
      date: "2024-12-31",
      rangeStart: "2024-12-31",
      precision: "day",
      state: "planned",
      line: 3,
      text: "模型上线 12/31",
      createdAt: AT,
    },
    {
      milestoneId: 2,
      reportId: null,
      actor: "pm",
      basisDate: "2024-11-23",
      title: "网关切换",
      key: "网关切换",
      date: "2024-12-31",
      rangeStart: "2024-12-31",
      precision: "day",
      state: "planned",
      reason: "银行排期",
      createdAt: AT,
    },
  ]);
  await insert("InitiativeObservation", [
    {
      initiativeId: 1,
      reportId: 1,
      basisDate: "2024-11-16",
      name: "反欺诈模型",
      groupName: "O1 业务服务",
      progress: 30,
      line: 2,
      text: "反欺诈模型 30%",
      createdAt: AT,
    },
    {
      initiativeId: 2,
      reportId: 3,
      basisDate: "2024-11-23",
      name: "支付网关",
      groupName: "O1 业务服务",
      progress: 12.5,
      lines: '[{"line":2,"text":"支付网关"}]',
      createdAt: AT,
    },
    { initiativeId: 4, reportId: 4, basisDate: "2024-11-23", name: "杂项", groupName: "其他", status: "done", createdAt: AT },
  ]);
  await insert("EditLog", [
    {
      entity: "initiative",
      entityId: 5,
      field: "merge",
      oldValue: "已合并",
      newValue: "支付网关",
      reason: null,
      actor: "pm",
      createdAt: AT,
    },
  ]);
  await insert("User", [
    { id: "user-1", name: "管理员", email: "admin@localhost.invalid", username: "admin", createdAt: AT, updatedAt: AT },
  ]);
  await insert("Account", [
    {
      id: "account-1",
      accountId: "user-1",
      providerId: "credential",
      userId: "user-1",
      password: "salt:hash",
      createdAt: AT,
      updatedAt: AT,
    },
  ]);
  await insert("Session", [
    { id: "session-1", token: "t", expiresAt: "2024-12-01 00:00:00", userId: "user-1", createdAt: AT, updatedAt: AT },
  ]);
  await insert("AuditLog", [{ userId: "user-1", userName: "管理员", action: "import.commit", department: "支付部", createdAt: AT }]);
  await db.$executeRawUnsafe(`DELETE FROM "InitiativeAlias" WHERE "initiativeId" = 5`);
  await db.$executeRawUnsafe(`DELETE FROM "Initiative" WHERE "id" = 5`);
  await db.$executeRawUnsafe(`DELETE FROM "Report" WHERE "id" = 5`);
}

/** Every row of every table (the migration history aside), read with raw SQL: the export before and after. */
async function snapshot(db: Db): Promise<Snapshot> {
  const catalog =
    providerOf(db) === "postgresql"
      ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;
  const tables = (await db.$queryRawUnsafe<{ name: string }[]>(catalog)).map((t) => t.name).filter((name) => name !== "_prisma_migrations");
  // every table's first column is its id, or the first of its key (Membership)
  const rows = await Promise.all(tables.map((name) => db.$queryRawUnsafe<Row[]>(`SELECT * FROM "${name}" ORDER BY 1, 2`)));
  return Object.fromEntries(tables.map((name, i) => [name, rows[i]!]));
}

const departmentNamed = (text: unknown) => after.Department!.find((d) => d.name === (text === "" ? DEFAULT_DEPARTMENT : text))!.id;
const without = (row: Row, ...columns: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !columns.includes(k)));
const byId = (table: string, id: unknown) => after[table]!.find((r) => r.id === id)!;

describe("the departments migration on a database from before it", () => {
  // name order by code point: SQLite's, and PostgreSQL's under the C collation .ci/with-postgres.sh creates
  it("makes one department per name in use, '' becoming 默认部门, numbered in name order", () => {
    expect(after.Department!.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 1, name: "支付部" },
      { id: 2, name: "风控平台部" },
      { id: 3, name: DEFAULT_DEPARTMENT },
    ]);
    expect(after.Membership).toEqual([]);
  });

  it("keeps every report and initiative, same id and columns, in the department its text named", () => {
    for (const table of ["Report", "Initiative"]) {
      expect(
        after[table]!.map((r) => r.id),
        table,
      ).toEqual(before[table]!.map((r) => r.id));
      for (const old of before[table]!) {
        const now = byId(table, old.id);
        expect(now.departmentId, `${table} ${old.id}`).toBe(departmentNamed(old.department));
        expect(without(now, "departmentId", "groupId"), `${table} ${old.id}`).toEqual(without(old, "department", "groupId"));
      }
    }
  });

  it("splits the shared group: each initiative's group has its department and its old group's name", () => {
    for (const old of before.Initiative!) {
      const group = byId("Group", byId("Initiative", old.id).groupId);
      const oldGroup = before.Group!.find((g) => g.id === old.groupId)!;
      expect(group, `initiative ${old.id}`).toEqual({ ...oldGroup, id: group.id, departmentId: departmentNamed(old.department) });
    }
    // O1 业务服务 stays in the lowest department using it (支付部) and is copied into 风控平台部
    expect(after.Group!.map(({ id, departmentId, name }) => ({ id, departmentId, name }))).toEqual([
      { id: 1, departmentId: 1, name: "O1 业务服务" },
      { id: 2, departmentId: 1, name: "贝易转" },
      { id: 3, departmentId: 3, name: "其他" },
      { id: 4, departmentId: 1, name: "空分组" },
      { id: 5, departmentId: 2, name: "O1 业务服务" },
    ]);
  });

  it("puts each alias in its initiative's department", () => {
    expect(after.InitiativeAlias!.map((a) => a.id)).toEqual(before.InitiativeAlias!.map((a) => a.id));
    for (const old of before.InitiativeAlias!) {
      const now = byId("InitiativeAlias", old.id);
      expect(now).toEqual({ ...without(old, "department"), departmentId: byId("Initiative", old.initiativeId).departmentId });
    }
  });

  it("leaves every other table as it was, row for row", () => {
    // seeded: an empty table would prove nothing
    for (const table of ["Milestone", "MilestoneObservation", "InitiativeObservation", "EditLog", "User", "Account", "Session", "AuditLog"])
      expect(before[table]!.length, table).toBeGreaterThan(0);
    for (const table of Object.keys(before).filter((t) => !MOVED.includes(t))) expect(after[table], table).toEqual(before[table]);
  });

  it("numbers new rows after every id used before, deleted ones included", async () => {
    // in SQL: the client would also write the columns later migrations add to Report
    const [report] = await db.$queryRawUnsafe<{ id: number }[]>(
      `INSERT INTO "Report" ("departmentId", "week", "reportDate", "title", "rawText", "contentHash") ` +
        `VALUES (1, '2024-W49', '2024-12-07', 'W49', '', 'h') RETURNING "id"`,
    );
    expect(Number(report!.id)).toBe(6);
    // only the id: later migrations add columns (Initiative.owner) this database does not have yet
    const initiative = await db.initiative.create({ data: { departmentId: 1, name: "新项目", groupId: 1 }, select: { id: true } });
    expect(initiative.id).toBe(6);
    expect((await db.group.create({ data: { departmentId: 1, name: "新分组" } })).id).toBe(6);
    // the client reads what the migration wrote (its default timestamps included)
    expect(await db.department.findMany({ orderBy: { id: "asc" }, select: { name: true, createdAt: true } })).toEqual([
      { name: "支付部", createdAt: expect.any(Date) },
      { name: "风控平台部", createdAt: expect.any(Date) },
      { name: DEFAULT_DEPARTMENT, createdAt: expect.any(Date) },
    ]);
  });

  it("puts every row where upgrading a version-1 dump of the same data does (server/db/dump-upgrade.ts)", () => {
    const asDump = (rows: Row[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) as DumpRow);
    const empty = { Milestone: [], MilestoneObservation: [], InitiativeObservation: [], EditLog: [], User: [], Account: [], AuditLog: [] };
    const tables: Record<string, DumpRow[]> = { ...empty, ...Object.fromEntries(MOVED.map((t) => [t, asDump(before[t]!)])) };
    const dump = { format: "weekly-tracker-dump", version: 1, exportedAt: "2024-12-14T00:00:00.000Z", tables } as DumpV1;
    const upgraded: Record<string, DumpRow[]> = upgradeDumpV1(dump).tables;
    const placement = (rows: readonly Row[]) => rows.map(({ id, departmentId, groupId, name }) => ({ id, departmentId, groupId, name }));
    expect(upgraded.Department!.map(({ id, name }) => ({ id, name }))).toEqual(after.Department!.map(({ id, name }) => ({ id, name })));
    for (const table of MOVED) expect(placement(upgraded[table]!), table).toEqual(placement(after[table]!));
  });
});
