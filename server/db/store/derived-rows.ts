// What re-deriving milestones and initiatives reads (their cached columns and
// every observation) and writes (the changed columns, in bulk; the rows no
// observation speaks for any more are deleted).
import type { InitiativeStatus } from "../../../lib/domain/initiative-status";
import { parseInitiativeStatus } from "../../../lib/domain/initiative-status";
import { parseMilestoneState, type MilestoneState } from "../../../lib/domain/milestone-state";
import { parsePrecision, type Precision } from "../../../lib/domain/precision";
import type { MilestoneFacts } from "../../../lib/timeline/types";
import type { DbOrTx, Tx } from "../create-client";
import { type ColumnType, type RowUpdate, updateRowsById } from "./update-rows";
import { progressHistoryColumn } from "./json-columns";
import { MILESTONE_FACT_COLUMNS, parseMilestoneFacts } from "./milestone-facts";
import { inChunks, num, numOrNull, selectRows, sqlColumns, str, strOrNull } from "./raw-rows";

/** The columns of a milestone that follow from its observations. */
export type MilestoneDerivedColumns = MilestoneFacts;

export interface MilestoneObservationFacts {
  id: number;
  basisDate: string;
  reportId: number | null;
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  statedBaseline: string | null;
}

export interface StoredMilestone extends MilestoneDerivedColumns {
  id: number;
  initiativeId: number;
  observations: MilestoneObservationFacts[];
}

/** The columns of an initiative that follow from its observations. */
export interface InitiativeDerivedColumns {
  name: string;
  progress: number | null;
  status: InitiativeStatus;
  startDate: string | null;
  lastSeenWeek: string | null;
  progressHistory: { week: string; progress: number }[];
  owner: string | null;
}

export interface InitiativeObservationFacts {
  id: number;
  basisDate: string;
  reportId: number | null;
  progress: number | null;
  status: InitiativeStatus | null;
  startDate: string | null;
  name: string | null;
  owner: string | null;
}

export interface StoredInitiative extends InitiativeDerivedColumns {
  id: number;
  observations: InitiativeObservationFacts[];
  milestoneCount: number;
  /** a PM renamed it or merged another into it: its name is theirs, not the reports' */
  namedByPm: boolean;
}

const MILESTONE_DERIVED: Record<keyof MilestoneDerivedColumns, ColumnType> = {
  title: "TEXT",
  date: "TEXT",
  rangeStart: "TEXT",
  precision: "TEXT",
  state: "TEXT",
  baselineDate: "TEXT",
  baselineStart: "TEXT",
  timesMoved: "INTEGER",
  lastMoveWeek: "TEXT",
  lastMoveDays: "INTEGER",
};
const INITIATIVE_DERIVED: Record<keyof InitiativeDerivedColumns, ColumnType> = {
  name: "TEXT",
  progress: "DOUBLE PRECISION",
  status: "TEXT",
  startDate: "TEXT",
  lastSeenWeek: "TEXT",
  progressHistory: "TEXT",
  owner: "TEXT",
};
const MILESTONE_OBSERVATION = [
  "id",
  "milestoneId",
  "basisDate",
  "reportId",
  "title",
  "date",
  "rangeStart",
  "precision",
  "state",
  "statedBaseline",
] as const;
const INITIATIVE_OBSERVATION = ["id", "initiativeId", "basisDate", "reportId", "progress", "status", "startDate", "name", "owner"] as const;

export async function readMilestonesWithObservations(db: DbOrTx, ids: Iterable<number>): Promise<StoredMilestone[]> {
  const rows = await selectRows<"id" | "initiativeId" | keyof MilestoneDerivedColumns>(
    db,
    `SELECT ${sqlColumns(["id", "initiativeId", ...MILESTONE_FACT_COLUMNS])} FROM "Milestone"`,
    { column: "id", ids },
  );
  const observations = await selectRows<(typeof MILESTONE_OBSERVATION)[number]>(
    db,
    `SELECT ${sqlColumns(MILESTONE_OBSERVATION)} FROM "MilestoneObservation"`,
    {
      column: "milestoneId",
      ids: rows.map((r) => num(r.id)),
    },
  );
  const byId = new Map<number, StoredMilestone>();
  for (const r of rows) {
    byId.set(num(r.id), { id: num(r.id), initiativeId: num(r.initiativeId), ...parseMilestoneFacts(r), observations: [] });
  }
  for (const o of observations) {
    byId.get(num(o.milestoneId))?.observations.push({
      id: num(o.id),
      basisDate: str(o.basisDate),
      reportId: numOrNull(o.reportId),
      title: str(o.title),
      date: str(o.date),
      rangeStart: str(o.rangeStart),
      precision: parsePrecision(o.precision),
      state: parseMilestoneState(o.state),
      statedBaseline: strOrNull(o.statedBaseline),
    });
  }
  return [...byId.values()];
}

// What else a re-derivation needs of an initiative, in the same read: whether
// anything still belongs to it, and whether a PM named it (then the reports don't).
const INITIATIVE_FACTS = `SELECT ${sqlColumns(["id", ...Object.keys(INITIATIVE_DERIVED)])},
  (SELECT COUNT(*) FROM "Milestone" m WHERE m."initiativeId" = "Initiative"."id") AS "milestoneCount",
  (SELECT COUNT(*) FROM "EditLog" e WHERE e."entity" = 'initiative' AND e."field" IN ('name', 'merge') AND e."entityId" = "Initiative"."id") AS "pmNames"
  FROM "Initiative"`;

export async function readInitiativesWithObservations(db: DbOrTx, ids: Iterable<number>): Promise<StoredInitiative[]> {
  const rows = await selectRows<"id" | "milestoneCount" | "pmNames" | keyof InitiativeDerivedColumns>(db, INITIATIVE_FACTS, {
    column: "id",
    ids,
  });
  const observations = await selectRows<(typeof INITIATIVE_OBSERVATION)[number]>(
    db,
    `SELECT ${sqlColumns(INITIATIVE_OBSERVATION)} FROM "InitiativeObservation"`,
    { column: "initiativeId", ids: rows.map((r) => num(r.id)) },
  );
  const byId = new Map<number, StoredInitiative>();
  for (const r of rows) {
    const id = num(r.id);
    byId.set(id, {
      id,
      name: str(r.name),
      progress: numOrNull(r.progress),
      status: parseInitiativeStatus(r.status),
      startDate: strOrNull(r.startDate),
      lastSeenWeek: strOrNull(r.lastSeenWeek),
      progressHistory: progressHistoryColumn.parse(str(r.progressHistory)),
      owner: strOrNull(r.owner),
      observations: [],
      milestoneCount: num(r.milestoneCount),
      namedByPm: num(r.pmNames) > 0,
    });
  }
  for (const o of observations) {
    byId.get(num(o.initiativeId))?.observations.push({
      id: num(o.id),
      basisDate: str(o.basisDate),
      reportId: numOrNull(o.reportId),
      progress: numOrNull(o.progress),
      status: o.status === null || o.status === undefined ? null : parseInitiativeStatus(o.status),
      startDate: strOrNull(o.startDate),
      name: strOrNull(o.name),
      owner: strOrNull(o.owner),
    });
  }
  return [...byId.values()];
}

export async function writeMilestoneColumns(tx: Tx, rows: readonly ({ id: number } & MilestoneDerivedColumns)[]): Promise<void> {
  await updateRowsById(tx, "Milestone", MILESTONE_DERIVED, rows as readonly RowUpdate<keyof MilestoneDerivedColumns>[]);
}

export async function writeInitiativeColumns(tx: Tx, rows: readonly ({ id: number } & InitiativeDerivedColumns)[]): Promise<void> {
  const encoded = rows.map((r) => ({ ...r, progressHistory: progressHistoryColumn.write(r.progressHistory) }));
  await updateRowsById(tx, "Initiative", INITIATIVE_DERIVED, encoded);
}

export async function deleteMilestones(tx: Tx, ids: readonly number[]): Promise<void> {
  await inChunks(ids, async (part) => void (await tx.milestone.deleteMany({ where: { id: { in: part } } })));
}

export async function deleteInitiatives(tx: Tx, ids: readonly number[]): Promise<void> {
  await inChunks(ids, async (part) => void (await tx.initiative.deleteMany({ where: { id: { in: part } } })));
}
