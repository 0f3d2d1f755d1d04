// Which scheduled period is due, by croner (https://croner.56k.guru/usage/pattern/),
// in the department's time zone. Pure: the clock is an argument, so a restart at
// 08:59:59 and a tick at 09:00:30 agree on the one 09:00 period.
import { Cron } from "croner";

/** How long after its time a missed period is still sent (an instance down over 09:00 sends at start-up). */
export const CATCH_UP_MS = 6 * 60 * 60 * 1000;

/** The cron expression, or a Chinese reason it is not one croner (or the time zone) accepts. */
export function checkCron(pattern: string, timeZone: string): string | null {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    return `时区“${timeZone}”无效，例如 Asia/Shanghai`;
  }
  try {
    const job = new Cron(pattern, { timezone: timeZone, paused: true });
    if (!job.nextRun()) return `定时表达式“${pattern}”不会再触发`;
    return null;
  } catch {
    return `定时表达式“${pattern}”无效，例如 0 9 * * 1（每周一 9:00）`;
  }
}

/** The daily alert's HH:mm as a cron expression. */
export function dailyCron(time: string): string {
  const [h, m] = time.split(":").map(Number);
  return `${m} ${h} * * *`;
}

/** The newest time the pattern fired at or before `now`, if within `catchUpMs`: the period to send now. */
export function duePeriod(pattern: string, timeZone: string, now: Date, catchUpMs = CATCH_UP_MS): Date | null {
  const job = new Cron(pattern, { timezone: timeZone, paused: true });
  // previousRuns looks strictly before its reference: a millisecond on, so a tick at exactly 09:00:00 counts
  const [last] = job.previousRuns(1, new Date(now.getTime() + 1));
  return last && now.getTime() - last.getTime() <= catchUpMs ? last : null;
}

/** The calendar day of an instant in a time zone, yyyy-MM-dd. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
