// A department's calendar subscriptions (model CalendarFeed): only the SHA-256
// of each URL's secret token is kept; a revoked feed stays as a record.
import type { DbOrTx } from "../create-client";

export interface CalendarFeedRow {
  id: number;
  departmentId: number;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const listed = { id: true, departmentId: true, createdBy: true, createdAt: true, revokedAt: true } as const;

export async function insertCalendarFeed(
  db: DbOrTx,
  feed: { departmentId: number; tokenHash: string; createdBy: string },
): Promise<CalendarFeedRow> {
  return db.calendarFeed.create({ data: feed, select: listed });
}

/** The department's feeds, newest first, revoked ones too. */
export async function listCalendarFeeds(db: DbOrTx, departmentId: number): Promise<CalendarFeedRow[]> {
  return db.calendarFeed.findMany({ where: { departmentId }, select: listed, orderBy: { id: "desc" } });
}

/** The department of a feed, or null when there is no such feed. */
export async function calendarFeedDepartment(db: DbOrTx, id: number): Promise<number | null> {
  return (await db.calendarFeed.findUnique({ where: { id }, select: { departmentId: true } }))?.departmentId ?? null;
}

/** Revokes the feed once; false when it already was. */
export async function revokeCalendarFeed(db: DbOrTx, id: number, at: Date): Promise<boolean> {
  return (await db.calendarFeed.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } })).count > 0;
}

/** The unrevoked feed whose token has this hash, with its department's name. */
export async function activeCalendarFeed(db: DbOrTx, tokenHash: string): Promise<{ departmentId: number; department: string } | null> {
  const feed = await db.calendarFeed.findFirst({
    where: { tokenHash, revokedAt: null },
    select: { departmentId: true, department: { select: { name: true } } },
  });
  return feed ? { departmentId: feed.departmentId, department: feed.department.name } : null;
}

/** Per milestone of the department: when it last changed, and the newest report line it was read from (with the report's week). */
export async function milestoneSources(
  db: DbOrTx,
  departmentId: number,
): Promise<Map<number, { updatedAt: Date; source: { week: string; text: string } | null }>> {
  const rows = await db.milestone.findMany({
    where: { initiative: { departmentId } },
    select: {
      id: true,
      updatedAt: true,
      observations: {
        where: { text: { not: null }, reportId: { not: null } },
        orderBy: [{ basisDate: "desc" }, { id: "desc" }],
        take: 1,
        select: { text: true, report: { select: { week: true } } },
      },
    },
  });
  return new Map(
    rows.map((r) => {
      const o = r.observations[0];
      return [r.id, { updatedAt: r.updatedAt, source: o?.text && o.report ? { week: o.report.week, text: o.text } : null }];
    }),
  );
}
