// The message after a committed import: what slipped (days, reason), what became at
// risk, what was done, and what went quiet, in one message per import.
import { messages } from "../../../lib/messages";
import type { TrackingEvent } from "../../tracking";
import type { AlertContext } from "../../db/store/notify-alert-rows";
import { initiativeLink, weekLink } from "../app-links";
import type { MessageSection, NotifyMessage } from "../message";

export interface ImportAlertInput extends AlertContext {
  departmentId: number;
  week: string;
  events: readonly TrackingEvent[];
  baseUrl: string;
}

/** The kinds of event an import alert tells of. */
export const ALERT_EVENT_KINDS = new Set<TrackingEvent["kind"]>([
  "milestone_slipped",
  "milestone_at_risk",
  "milestone_done",
  "initiative_silent",
]);

/** The alert, or null when the import changed nothing people are told about. */
export function composeImportAlert(input: ImportAlertInput): NotifyMessage | null {
  const t = messages.notify;
  const name = (id: number) => input.initiativeNames.get(id) ?? `#${id}`;
  const link = (id: number) => initiativeLink(input.baseUrl, input.departmentId, id);
  const sections: Record<"slipped" | "at_risk" | "done" | "silent", MessageSection> = {
    slipped: { heading: t.sections.slipped, items: [] },
    at_risk: { heading: t.sections.atRisk, items: [] },
    done: { heading: t.sections.done, items: [] },
    silent: { heading: t.sections.silent, items: [] },
  };
  for (const e of input.events) {
    if (e.kind === "milestone_slipped") {
      const reason = input.reasons.get(e.milestoneId);
      const text = t.slippedItem(name(e.initiativeId), e.title, e.baselineDate, e.date, e.slipDays, reason ?? null);
      sections.slipped.items.push({ text, link: link(e.initiativeId) });
    } else if (e.kind === "milestone_at_risk")
      sections.at_risk.items.push({ text: t.datedItem(name(e.initiativeId), e.title, e.date), link: link(e.initiativeId) });
    else if (e.kind === "milestone_done")
      sections.done.items.push({ text: t.datedItem(name(e.initiativeId), e.title, e.date), link: link(e.initiativeId) });
    else if (e.kind === "initiative_silent")
      sections.silent.items.push({ text: t.silentItem(e.name, e.lastSeenWeek), link: link(e.initiativeId) });
  }
  const list = Object.values(sections);
  const counts = list.filter((s) => s.items.length > 0).map((s) => `${s.heading} ${s.items.length}`);
  if (counts.length === 0) return null;
  return {
    title: t.importTitle(input.departmentName, input.week),
    summary: counts.join(" · "),
    link: weekLink(input.baseUrl, input.departmentId, input.week),
    sections: list,
  };
}
