import type { DbOrTx } from "../db";
import { latestWeeks } from "./latest-weeks";
import { filterInitiatives } from "./timeline-filter";
import { readTimelineRows } from "./timeline-rows";
import { toTimelineInitiative } from "./to-timeline";
import type { Timeline, TimelineFilter, TimelineGroup } from "./types";

/** `today` is yyyy-MM-dd: the tracker never reads the clock. */
export async function getTimeline(db: DbOrTx, options: { today: string; filter?: TimelineFilter }): Promise<Timeline> {
  const groups = await db.group.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  const initiatives = await readTimelineRows(db);
  const weeks = await latestWeeks(db);
  const all = initiatives.map((i) => toTimelineInitiative(i, options.today, weeks.get(i.department) ?? null));
  const shown = filterInitiatives(all, options.filter);
  const byGroup = new Map<number, TimelineGroup>(groups.map((g) => [g.id, { id: g.id, name: g.name, initiatives: [] }]));
  for (const i of shown) byGroup.get(i.groupId)?.initiatives.push(i);
  const latestWeek = [...weeks.values()].sort().at(-1) ?? null;
  return { today: options.today, latestWeek, groups: [...byGroup.values()].filter((g) => g.initiatives.length > 0) };
}
