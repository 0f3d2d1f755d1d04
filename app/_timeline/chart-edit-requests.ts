// The chart's drag callbacks → EditRequests that ask for a reason before saving.
import type { TimelineChartProps } from "~/components/timeline/timeline-chart";
import type { Timeline, TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";
import { messages } from "../../lib/messages";
import type { PendingEdit } from "~/components/timeline/edit-request";
import { asksToReopen } from "~/components/timeline/reopen-milestone";
import type { Notice } from "./use-timeline-edits";

type Callbacks = Required<Pick<TimelineChartProps, "onMilestoneDateChange" | "onInitiativeDatesChange" | "onProgressChange">>;
type Change<K extends keyof Callbacks> = Parameters<Callbacks[K]>[0];

function findInitiative(t: Timeline, id: number): TimelineInitiative | undefined {
  for (const g of t.groups) for (const i of g.initiatives) if (i.id === id) return i;
  return undefined;
}

function findMilestone(t: Timeline, id: number): TimelineMilestone | undefined {
  for (const g of t.groups) for (const i of g.initiatives) for (const m of i.milestones) if (m.id === id) return m;
  return undefined;
}

export function chartEditRequests(opts: { onAsk: (req: PendingEdit) => void; onNotice: (n: Notice) => void; onRevert: () => void }) {
  return {
    milestoneDate(t: Timeline, c: Change<"onMilestoneDateChange">) {
      const ms = findMilestone(t, c.milestoneId);
      if (!ms) return opts.onRevert();
      opts.onAsk({
        entity: "milestone",
        id: ms.id,
        version: c.version,
        summary: messages.edit.milestoneDate(ms.title, ms.date, c.date),
        changes: { date: c.date, rangeStart: c.rangeStart },
        previous: { date: ms.date, rangeStart: ms.rangeStart },
        askReopen: asksToReopen(ms, c.date, t.today),
      });
    },
    /** Only the start is the initiative's own: its end follows the last milestone. */
    initiativeDates(t: Timeline, c: Change<"onInitiativeDatesChange">) {
      const i = findInitiative(t, c.initiativeId);
      if (!i || c.startDate === i.startDate) {
        opts.onRevert();
        if (i) opts.onNotice({ kind: "info", text: messages.edit.endFollowsMilestones });
        return;
      }
      opts.onAsk({
        entity: "initiative",
        id: i.id,
        version: c.version,
        summary: messages.edit.initiativeStart(i.name, i.startDate, c.startDate),
        changes: { startDate: c.startDate },
        previous: { startDate: i.startDate },
      });
    },
    progress(t: Timeline, c: Change<"onProgressChange">) {
      const i = findInitiative(t, c.initiativeId);
      if (!i || c.progress === i.progress) return opts.onRevert();
      opts.onAsk({
        entity: "initiative",
        id: i.id,
        version: c.version,
        summary: messages.edit.progress(i.name, i.progress, c.progress),
        changes: { progress: c.progress },
        previous: { progress: i.progress },
      });
    },
  };
}
