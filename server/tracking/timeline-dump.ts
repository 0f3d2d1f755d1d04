import type { Timeline } from "./types";

/** The timeline as `timeline --json` prints it: the shape samples/tools/check-timeline.mjs reads. */
export function timelineDump(timeline: Timeline) {
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
        progressHistory: i.progressHistory,
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
