// The text of a calendar subscription (GET /api/calendar/<token>.ics): no
// session, the token is the credential. Bounded: a token may be fetched
// FEEDS_PER_MINUTE times a minute, and a feed holds at most MAX_EVENTS milestones.
import { messages } from "../../lib/messages";
import type { Db } from "../db";
import { activeCalendarFeed, milestoneSources } from "../db/store/calendar-feeds";
import { calendarTokenHash, isCalendarToken } from "../export/calendar-token";
import { type CalendarMilestone, milestoneCalendar } from "../export/milestone-calendar";
import { getTimeline } from "../tracking";
import { createThrottle } from "./throttle";

export const FEEDS_PER_MINUTE = 30;
export const MAX_EVENTS = 5000;
const throttle = createThrottle(FEEDS_PER_MINUTE, 60_000);

export type CalendarFeedResult = { ok: true; text: string } | { ok: false; status: 404 | 429 };

export async function calendarFeedText(db: Db, token: string, today: string): Promise<CalendarFeedResult> {
  if (!isCalendarToken(token)) return { ok: false, status: 404 };
  const hash = calendarTokenHash(token);
  const feed = await activeCalendarFeed(db, hash);
  if (!feed) return { ok: false, status: 404 };
  if (!throttle.take(hash)) return { ok: false, status: 429 };
  const timeline = await getTimeline(db, { today, filter: { departmentIds: [feed.departmentId] } });
  const sources = await milestoneSources(db, feed.departmentId);
  const milestones: CalendarMilestone[] = timeline.groups.flatMap((g) =>
    g.initiatives.flatMap((i) =>
      i.milestones.map((m) => ({
        id: m.id,
        initiative: i.name,
        group: g.name,
        title: m.title,
        date: m.date,
        baselineDate: m.baselineDate,
        slipDays: m.slipDays,
        stateLabel: messages.chart.milestoneState[m.overdue ? "overdue" : m.state],
        timesMoved: m.timesMoved,
        updatedAt: sources.get(m.id)?.updatedAt ?? new Date(0),
        source: sources.get(m.id)?.source ?? null,
      })),
    ),
  );
  return { ok: true, text: milestoneCalendar(messages.calendar.feedName(feed.department), milestones.slice(0, MAX_EVENTS)) };
}
