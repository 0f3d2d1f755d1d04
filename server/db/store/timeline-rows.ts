// The rows the timeline draws, read as plain rows (no Prisma model hydration):
// standard SQL with quoted identifiers, the same on SQLite and PostgreSQL.
// Enum columns are parsed here, where rows become typed.
import { parseInitiativeStatus, type InitiativeStatus } from "../../../lib/domain/initiative-status";
import type { MilestoneFacts } from "../../../lib/timeline/types";
import type { DbOrTx } from "../create-client";
import { MILESTONE_FACT_COLUMNS, parseMilestoneFacts } from "./milestone-facts";
import { num, numOrNull, type RawRow, selectRows, sqlColumns, str, strOrNull } from "./raw-rows";

export interface MilestoneRow extends MilestoneFacts {
  id: number;
  initiativeId: number;
  version: number;
}

export interface InitiativeRow {
  id: number;
  departmentId: number;
  name: string;
  groupId: number;
  groupName: string;
  status: InitiativeStatus;
  progress: number | null;
  startDate: string | null;
  lastSeenWeek: string | null;
  owner: string | null;
  version: number;
  aliasNames: string[];
  milestones: MilestoneRow[];
}

const MILESTONE_COLUMNS = ["id", "initiativeId", ...MILESTONE_FACT_COLUMNS, "version"] as const;
const INITIATIVE_COLUMNS = [
  "id",
  "departmentId",
  "name",
  "groupId",
  "status",
  "progress",
  "startDate",
  "lastSeenWeek",
  "owner",
  "version",
] as const;

const SQL = {
  initiatives: `SELECT ${sqlColumns(INITIATIVE_COLUMNS)} FROM "Initiative"`,
  milestones: `SELECT ${sqlColumns(MILESTONE_COLUMNS)} FROM "Milestone"`,
  aliases: `SELECT "initiativeId", "name" FROM "InitiativeAlias"`,
  groups: `SELECT g."id", g."name", g."departmentId", d."name" AS "departmentName"
    FROM "Group" g JOIN "Department" d ON d."id" = g."departmentId" ORDER BY d."name", g."sortOrder", g."id"`,
};

/** What reading the whole timeline runs: also what the benchmark runs straight through the driver. */
export const TIMELINE_QUERIES = [`${SQL.initiatives} ORDER BY "id"`, SQL.milestones, SQL.aliases, SQL.groups] as const;

function milestoneRow(r: RawRow<(typeof MILESTONE_COLUMNS)[number]>): MilestoneRow {
  // Named fields, not a spread of the facts: this runs for every milestone of the timeline.
  const f = parseMilestoneFacts(r);
  return {
    id: num(r.id),
    initiativeId: num(r.initiativeId),
    title: f.title,
    date: f.date,
    rangeStart: f.rangeStart,
    precision: f.precision,
    state: f.state,
    baselineDate: f.baselineDate,
    baselineStart: f.baselineStart,
    timesMoved: f.timesMoved,
    lastMoveWeek: f.lastMoveWeek,
    lastMoveDays: f.lastMoveDays,
    version: num(r.version),
  };
}

export interface GroupRow {
  id: number;
  name: string;
  departmentId: number;
  departmentName: string;
}

/** The groups of every department in the order the timeline lists them: by department, then as their reports order them. */
export async function readGroups(db: DbOrTx): Promise<GroupRow[]> {
  return (await selectRows<"id" | "name" | "departmentId" | "departmentName">(db, SQL.groups)).map((g) => ({
    id: num(g.id),
    name: str(g.name),
    departmentId: num(g.departmentId),
    departmentName: str(g.departmentName),
  }));
}

/** One milestone as the timeline draws it. */
export async function readMilestoneRow(db: DbOrTx, id: number): Promise<MilestoneRow | null> {
  const [row] = await selectRows<(typeof MILESTONE_COLUMNS)[number]>(db, SQL.milestones, { column: "id", ids: [id] });
  return row ? milestoneRow(row) : null;
}

/**
 * Initiatives (all, or those given) by id, with their group name, aliases and
 * milestones, in four flat reads. One after the other: inside a transaction
 * they share one connection, which must not run queries at once.
 */
export async function readTimelineRows(db: DbOrTx, ids?: readonly number[]): Promise<InitiativeRow[]> {
  const byId = ids && { column: "id", ids };
  const ofInitiatives = ids && { column: "initiativeId", ids };
  const initiatives = await selectRows<(typeof INITIATIVE_COLUMNS)[number]>(db, SQL.initiatives, byId);
  const milestones = await selectRows<(typeof MILESTONE_COLUMNS)[number]>(db, SQL.milestones, ofInitiatives);
  const aliases = await selectRows<"initiativeId" | "name">(db, SQL.aliases, ofInitiatives);
  const groupNames = new Map((await readGroups(db)).map((g) => [g.id, g.name]));
  const rows = new Map<number, InitiativeRow>();
  for (const i of initiatives) {
    const groupId = num(i.groupId);
    rows.set(num(i.id), {
      id: num(i.id),
      departmentId: num(i.departmentId),
      name: str(i.name),
      groupId,
      groupName: groupNames.get(groupId) ?? "",
      status: parseInitiativeStatus(i.status),
      progress: numOrNull(i.progress),
      startDate: strOrNull(i.startDate),
      lastSeenWeek: strOrNull(i.lastSeenWeek),
      owner: strOrNull(i.owner),
      version: num(i.version),
      aliasNames: [],
      milestones: [],
    });
  }
  for (const m of milestones) rows.get(num(m.initiativeId))?.milestones.push(milestoneRow(m));
  for (const a of aliases) rows.get(num(a.initiativeId))?.aliasNames.push(str(a.name));
  return [...rows.values()].sort((a, b) => a.id - b.id);
}

/** The newest report week of every department. */
export async function readLatestWeeks(db: DbOrTx): Promise<Map<number, string>> {
  const rows = await selectRows<"departmentId" | "week">(
    db,
    `SELECT "departmentId", MAX("week") AS "week" FROM "Report" GROUP BY "departmentId"`,
  );
  return new Map(rows.flatMap((r) => (r.week ? [[num(r.departmentId), str(r.week)] as const] : [])));
}
