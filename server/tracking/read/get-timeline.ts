import type { DbOrTx } from "../../db";
import { readGroups, readLatestWeeks, readTimelineRows } from "../../db/store/timeline-rows";
import { toTimelineInitiative } from "../derive/to-timeline";
import type { Timeline, TimelineFilter, TimelineGroup } from "../types";
import { cachedPerRevision } from "./revision-cache";
import { filterInitiatives } from "./timeline-filter";

/** `today` is yyyy-MM-dd: the tracker never reads the clock. */
export async function getTimeline(db: DbOrTx, options: { today: string; filter?: TimelineFilter }): Promise<Timeline> {
  const { groups, initiatives, weeks } = await cachedPerRevision(db, "timeline", options.today, () => readWholeTimeline(db, options.today));
  const shown = filterInitiatives(initiatives, options.filter);
  const byGroup = new Map<number, TimelineGroup>(
    groups.map((g) => [g.id, { id: g.id, name: g.name, departmentId: g.departmentId, department: g.departmentName, initiatives: [] }]),
  );
  for (const i of shown) byGroup.get(i.groupId)?.initiatives.push(i);
  const shownWeeks = [...weeks].flatMap(([id, week]) => (options.filter?.departmentIds?.includes(id) === false ? [] : [week]));
  return {
    today: options.today,
    latestWeek: shownWeeks.sort().at(-1) ?? null,
    groups: [...byGroup.values()].filter((g) => g.initiatives.length > 0),
  };
}

/** Every initiative, derived for `today`, and the groups in their order: what any filter picks from. */
async function readWholeTimeline(db: DbOrTx, today: string) {
  const rows = await readTimelineRows(db);
  const groups = await readGroups(db);
  const weeks = await readLatestWeeks(db);
  return {
    groups,
    initiatives: rows.map((i) => toTimelineInitiative(i, today, weeks.get(i.departmentId) ?? null)),
    weeks,
  };
}
