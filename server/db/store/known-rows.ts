// What matching a new report against a department needs: its initiatives with
// their names, groups and milestones, and when each was last observed and by
// whom. Plain-row reads: this runs on every preview and import, over data that
// grows with every week.
import { parseInitiativeStatus, type InitiativeStatus } from "../../../lib/domain/initiative-status";
import { parseMilestoneState, type MilestoneState } from "../../../lib/domain/milestone-state";
import { parsePrecision, type Precision } from "../../../lib/domain/precision";
import { Prisma } from "../../generated/prisma/client";
import type { DbOrTx } from "../create-client";
import { num, numOrNull, selectRows, str, strOrNull } from "./raw-rows";

/** When an observation takes effect and whether a report made it (reportId) or a person. */
export interface ObservationStamp {
  id: number;
  basisDate: string;
  reportId: number | null;
}

export interface KnownMilestoneRow {
  id: number;
  initiativeId: number;
  title: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  observations: (ObservationStamp & { key: string; text: string | null })[];
}

export interface KnownInitiativeRow {
  id: number;
  name: string;
  groupName: string;
  status: InitiativeStatus;
  progress: number | null;
  lastSeenWeek: string | null;
  aliasKeys: string[];
  /** the observations that stated a progress */
  progressObservations: ObservationStamp[];
  milestones: KnownMilestoneRow[];
}

const OF_DEPARTMENT = `"initiativeId" IN (SELECT "id" FROM "Initiative" WHERE "departmentId" = ?)`;

export async function readKnownRows(
  db: DbOrTx,
  departmentId: number,
): Promise<{ initiatives: KnownInitiativeRow[]; latestWeek: string | null }> {
  // `?` stands for the department; Prisma.sql gives each provider its own placeholder.
  const q = (sql: string) =>
    db.$queryRaw<Record<string, unknown>[]>(
      Prisma.sql(
        sql.split("?"),
        ...sql
          .split("?")
          .slice(1)
          .map(() => departmentId),
      ),
    );
  const initiatives = await q(
    `SELECT i."id", i."name", g."name" AS "groupName", i."status", i."progress", i."lastSeenWeek"
     FROM "Initiative" i JOIN "Group" g ON g."id" = i."groupId" WHERE i."departmentId" = ? ORDER BY i."id"`,
  );
  const aliases = await q(`SELECT "initiativeId", "key" FROM "InitiativeAlias" WHERE ${OF_DEPARTMENT}`);
  const progress = await q(
    `SELECT "id", "initiativeId", "basisDate", "reportId" FROM "InitiativeObservation" WHERE "progress" IS NOT NULL AND ${OF_DEPARTMENT}`,
  );
  const milestones = await q(
    `SELECT "id", "initiativeId", "title", "date", "rangeStart", "precision", "state" FROM "Milestone" WHERE ${OF_DEPARTMENT} ORDER BY "id"`,
  );
  const observations = await selectRows<"id" | "milestoneId" | "basisDate" | "reportId" | "key" | "text">(
    db,
    `SELECT "id", "milestoneId", "basisDate", "reportId", "key", "text" FROM "MilestoneObservation"`,
    { column: "milestoneId", ids: milestones.map((m) => num(m.id)) },
  );
  const [latest] = await q(`SELECT MAX("week") AS "week" FROM "Report" WHERE "departmentId" = ?`);

  const byId = new Map<number, KnownInitiativeRow>();
  for (const i of initiatives) {
    byId.set(num(i.id), {
      id: num(i.id),
      name: str(i.name),
      groupName: str(i.groupName),
      status: parseInitiativeStatus(i.status),
      progress: numOrNull(i.progress),
      lastSeenWeek: strOrNull(i.lastSeenWeek),
      aliasKeys: [],
      progressObservations: [],
      milestones: [],
    });
  }
  for (const a of aliases) byId.get(num(a.initiativeId))?.aliasKeys.push(str(a.key));
  for (const o of progress) byId.get(num(o.initiativeId))?.progressObservations.push(stamp(o));
  const milestoneById = new Map<number, KnownMilestoneRow>();
  for (const m of milestones) {
    const row: KnownMilestoneRow = {
      id: num(m.id),
      initiativeId: num(m.initiativeId),
      title: str(m.title),
      date: str(m.date),
      rangeStart: str(m.rangeStart),
      precision: parsePrecision(m.precision),
      state: parseMilestoneState(m.state),
      observations: [],
    };
    milestoneById.set(row.id, row);
    byId.get(row.initiativeId)?.milestones.push(row);
  }
  observations.sort((a, b) => num(a.id) - num(b.id)); // keys in the order reports first used them
  for (const o of observations)
    milestoneById.get(num(o.milestoneId))?.observations.push({ ...stamp(o), key: str(o.key), text: strOrNull(o.text) });
  return { initiatives: [...byId.values()], latestWeek: strOrNull(latest?.week) };
}

const stamp = (o: Record<string, unknown>): ObservationStamp => ({
  id: num(o.id),
  basisDate: str(o.basisDate),
  reportId: numOrNull(o.reportId),
});
