// A department's milestones as an iCalendar feed (RFC 5545, ical-generator):
// one all-day event per milestone on its current date. Its UID is the
// milestone's id, so a moved milestone updates the subscriber's event instead
// of adding another; SEQUENCE counts its moves and LAST-MODIFIED is its last change.
import { addDays, format, parseISO } from "date-fns";
import ical from "ical-generator";
import { messages } from "../../lib/messages";

/** What one event shows of a milestone. */
export interface CalendarMilestone {
  id: number;
  initiative: string;
  group: string;
  title: string;
  /** yyyy-MM-dd */
  date: string;
  baselineDate: string;
  slipDays: number;
  /** 计划中 / 已完成 / 有风险 / 已逾期 */
  stateLabel: string;
  timesMoved: number;
  updatedAt: Date;
  /** the report line it was last read from, with its week; null for a milestone only edited by hand */
  source: { week: string; text: string } | null;
}

/** The same for every installation: a UID must not change when the app moves to another host. */
const UID_DOMAIN = "weekly-report-tracker";
export const milestoneUid = (id: number) => `milestone-${id}@${UID_DOMAIN}`;

/** A calendar day as UTC midnight: ical-generator writes an all-day date from its UTC fields. */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const nextDay = (day: string) => format(addDays(parseISO(day), 1), "yyyy-MM-dd");

function description(m: CalendarMilestone): string {
  const c = messages.calendar;
  return [
    c.group(m.group),
    c.state(m.stateLabel),
    c.baseline(m.baselineDate, m.slipDays),
    m.source ? c.source(m.source.week, m.source.text) : null,
  ]
    .filter((line) => line !== null)
    .join("\n");
}

/** The feed's text: `name` heads the calendar in the subscriber's app. */
export function milestoneCalendar(name: string, milestones: readonly CalendarMilestone[]): string {
  const calendar = ical({
    name,
    prodId: { company: UID_DOMAIN, product: "milestones", language: "ZH" },
    // how often a subscriber should fetch it again (X-PUBLISHED-TTL)
    ttl: 60 * 60,
  });
  for (const m of milestones) {
    calendar.createEvent({
      id: milestoneUid(m.id),
      allDay: true,
      start: utcDay(m.date),
      end: utcDay(nextDay(m.date)),
      summary: `${m.initiative} · ${m.title}`,
      description: description(m),
      sequence: m.timesMoved,
      lastModified: m.updatedAt,
      stamp: m.updatedAt,
    });
  }
  return calendar.toString();
}
