// Popup HTML for a clicked row, built only from escaped text. Pure.
import { escapeHtml } from "~/components/gantt/escape-html";
import type { TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";
import { messages } from "~/lib/messages";
import type { TaskRef } from "./timeline-tasks";

const m = messages.chart;

const line = (text: string, className?: string) => `<div${className ? ` class="${className}"` : ""}>${escapeHtml(text)}</div>`;

function frame(title: string, subtitle: string, details: string[]): string {
  return `<div class="title">${escapeHtml(title)}</div><div class="subtitle">${escapeHtml(subtitle)}</div><div class="details">${details.join("")}</div>`;
}

export function milestoneStateText(ms: Pick<TimelineMilestone, "state" | "overdue">): string {
  if (ms.state === "done") return m.milestoneState.done;
  if (ms.overdue) return m.milestoneState.overdue;
  return m.milestoneState[ms.state];
}

function initiativePopup(i: TimelineInitiative): string {
  const details = [
    line(m.popup.status(m.initiativeStatus[i.status])),
    line(m.popup.progress(i.progress)),
    line(m.popup.span(i.startDate, i.endDate)),
    line(m.popup.counts(i.milestones.length, i.slippedCount, i.overdueCount, i.atRiskCount)),
  ];
  if (i.slipDays > 0) details.push(line(m.popup.slip(i.slipDays), "popup-slip"));
  if (i.silent) details.push(line(m.popup.silent(i.lastSeenWeek), "popup-muted"));
  return frame(i.name, i.group, details);
}

function milestonePopup(ms: TimelineMilestone, i: TimelineInitiative): string {
  const slip = ms.slipDays > 0 ? m.popup.slip(ms.slipDays) : ms.slipDays < 0 ? m.popup.ahead(-ms.slipDays) : m.popup.onTime;
  const details = [
    line(m.popup.status(milestoneStateText(ms)), `popup-state is-${ms.state === "done" ? "done" : ms.overdue ? "overdue" : ms.state}`),
    line(ms.rangeStart !== ms.date ? m.popup.range(ms.rangeStart, ms.date) : m.popup.date(ms.date)),
    line(m.popup.baseline(ms.baselineDate)),
    line(slip, ms.slipDays > 0 ? "popup-slip" : undefined),
  ];
  if (ms.timesMoved > 0) details.push(line(m.popup.moved(ms.timesMoved), "popup-muted"));
  if (ms.slippedThisWeek) details.push(line(m.popup.slippedThisWeek, "popup-slip"));
  return frame(ms.title, `${i.group} · ${i.name}`, details);
}

/** HTML for frappe-gantt's popup; false for rows without one (group headers). */
export function timelinePopup(ref: TaskRef | undefined): string | false {
  if (!ref || ref.kind === "group") return false;
  return ref.kind === "initiative" ? initiativePopup(ref.initiative) : milestonePopup(ref.milestone, ref.initiative);
}
