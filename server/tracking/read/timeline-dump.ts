import type { DbOrTx } from "../../db";
import { readProgressHistories } from "../../db/store/detail-rows";
import { getTimeline } from "./get-timeline";

/**
 * The timeline as `timeline --json` prints it: the shape
 * samples/tools/check-timeline.mjs reads. It adds each initiative's progress
 * history, which the timeline itself leaves to the initiative detail.
 */
export async function readTimelineDump(db: DbOrTx, options: { today: string }) {
  const timeline = await getTimeline(db, options);
  const histories = await readProgressHistories(db);
  return {
    today: timeline.today,
    latestWeek: timeline.latestWeek,
    projects: timeline.groups.flatMap((g) =>
      g.initiatives.map((i) => ({
        id: i.id,
        name: i.name,
        aliases: i.aliases,
        group: g.name,
        status: i.status,
        progress: i.progress,
        progressHistory: histories.get(i.id) ?? [],
        milestones: i.milestones.map((m) => ({
          title: m.title,
          baselineDate: m.baselineDate,
          date: m.date,
          precision: m.precision,
          state: m.state,
          slipDays: m.slipDays,
          timesMoved: m.timesMoved,
          overdue: m.overdue,
        })),
      })),
    ),
  };
}
