// The weekly digest as a message: the same sections and items as /week.
import { DigestKinds } from "../../../lib/domain/digest-kind";
import { messages } from "../../../lib/messages";
import type { DigestItem, WeeklyDigest } from "../../tracking";
import { initiativeLink, weekLink } from "../app-links";
import type { NotifyMessage } from "../message";

function detail(item: DigestItem): string {
  const t = messages.week;
  const parts: string[] = [];
  if (item.movedDays !== null) parts.push(t.moved(item.movedDays));
  if (item.progressBefore !== null && item.progressAfter !== null) parts.push(t.progressChange(item.progressBefore, item.progressAfter));
  if (item.slipDays) parts.push(t.slip(item.slipDays));
  if (item.date) parts.push(t.date(item.date));
  if (item.reason) parts.push(t.reason(item.reason));
  return parts.join("，");
}

export function composeDigest(digest: WeeklyDigest, department: { id: number; name: string }, baseUrl: string): NotifyMessage {
  const sections = DigestKinds.values.map((kind) => ({
    heading: messages.week.sections[kind],
    items: digest.items
      .filter((i) => i.kind === kind)
      .map((i) => ({
        text: messages.notify.digestItem(i.initiativeName, i.title, detail(i)),
        link: initiativeLink(baseUrl, department.id, i.initiativeId),
      })),
  }));
  const counts = sections.filter((s) => s.items.length > 0).map((s) => `${s.heading} ${s.items.length}`);
  return {
    title: messages.notify.digestTitle(department.name, digest.week),
    summary: counts.length > 0 ? counts.join(" · ") : messages.week.none,
    link: weekLink(baseUrl, department.id, digest.week),
    sections,
  };
}

/** The daily alert: milestones that became overdue today (their date was yesterday) and those due within `days`; null when there are none. */
export function composeDaily(
  digest: WeeklyDigest,
  department: { id: number; name: string },
  range: { yesterday: string; dueBy: string; days: number },
  baseUrl: string,
): NotifyMessage | null {
  const t = messages.notify;
  const item = (i: DigestItem) => ({
    text: t.datedItem(i.initiativeName, i.title ?? "", i.date ?? ""),
    link: initiativeLink(baseUrl, department.id, i.initiativeId),
  });
  const overdue = digest.items.filter((i) => i.kind === "overdue" && i.date === range.yesterday).map(item);
  const dueSoon = digest.items.filter((i) => i.kind === "due_soon" && i.date !== null && i.date <= range.dueBy).map(item);
  if (overdue.length + dueSoon.length === 0) return null;
  return {
    title: t.dailyTitle(department.name, digest.today),
    summary: `${t.sections.overdue} ${overdue.length} · ${t.dueInDays(range.days)} ${dueSoon.length}`,
    link: weekLink(baseUrl, department.id, null),
    sections: [
      { heading: t.sections.overdue, items: overdue },
      { heading: t.dueInDays(range.days), items: dueSoon },
    ],
  };
}
