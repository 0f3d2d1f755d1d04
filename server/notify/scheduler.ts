// Queues each department's weekly digest and daily alert when their period is due.
// Every instance ticks; the outbox's unique key per (department, kind, period,
// channel) lets exactly one queueing through, and a restart finds the period queued.
import { addDays, format, parseISO } from "date-fns";
import { Cron } from "croner";
import type { Db } from "../db";
import { findDepartment } from "../db/store/departments";
import { listEnabledChannels } from "../db/store/notify-channels";
import { queueOnce, takenKeys } from "../db/store/notify-deliveries";
import { readSchedulesWithChannels, type ScheduleRow } from "../db/store/notify-schedule";
import type { DeliveryKind } from "../../lib/domain/delivery-kind";
import { getWeeklyDigest } from "../tracking";
import { composeDaily, composeDigest } from "./compose/digest-message";
import type { NotifyMessage } from "./message";
import { dailyCron, dayIn, duePeriod } from "./schedule-times";
import { queueSubscriberDigests } from "./subscribers";

/** The key that makes a period's message unique per channel. */
export const periodKey = (kind: DeliveryKind, departmentId: number, period: Date, channelId: number) =>
  `${kind}:${departmentId}:${period.toISOString()}:${channelId}`;

/** One tick at `now`: queues what is due and not yet queued. Returns how many messages this call queued. */
export async function queueScheduled(db: Db, now: Date, baseUrl: string): Promise<number> {
  let queued = 0;
  for (const schedule of await readSchedulesWithChannels(db)) {
    const digestAt = duePeriod(schedule.digestCron, schedule.timeZone, now);
    if (digestAt) queued += await queuePeriod(db, schedule, "digest", digestAt, () => digestMessage(db, schedule, now, baseUrl));
    const dailyAt = schedule.dailyTime ? duePeriod(dailyCron(schedule.dailyTime), schedule.timeZone, now) : null;
    if (dailyAt) queued += await queuePeriod(db, schedule, "daily", dailyAt, () => dailyMessage(db, schedule, now, baseUrl));
  }
  return queued + (await queueSubscriberDigests(db, now, baseUrl));
}

async function queuePeriod(
  db: Db,
  schedule: ScheduleRow,
  kind: DeliveryKind,
  period: Date,
  compose: () => Promise<NotifyMessage | null>,
): Promise<number> {
  const channels = await listEnabledChannels(db, schedule.departmentId, kind);
  const keyOf = (channelId: number) => periodKey(kind, schedule.departmentId, period, channelId);
  const taken = await takenKeys(
    db,
    channels.map((c) => keyOf(c.id)),
  );
  const open = channels.filter((c) => !taken.has(keyOf(c.id)));
  if (open.length === 0) return 0;
  // a daily alert with nothing due queues nothing: the next tick looks again (something may have become due)
  const message = await compose();
  if (!message) return 0;
  const payload = JSON.stringify(message);
  let queued = 0;
  for (const channel of open)
    if (await queueOnce(db, { channelId: channel.id, departmentId: schedule.departmentId, kind, payload, dedupeKey: keyOf(channel.id) }))
      queued++;
  return queued;
}

async function digestMessage(db: Db, schedule: ScheduleRow, now: Date, baseUrl: string): Promise<NotifyMessage | null> {
  const department = await findDepartment(db, { id: schedule.departmentId });
  if (!department) return null;
  const digest = await getWeeklyDigest(db, { today: dayIn(now, schedule.timeZone), departmentIds: [department.id] });
  return composeDigest(digest, department, baseUrl);
}

async function dailyMessage(db: Db, schedule: ScheduleRow, now: Date, baseUrl: string): Promise<NotifyMessage | null> {
  const department = await findDepartment(db, { id: schedule.departmentId });
  if (!department) return null;
  const today = dayIn(now, schedule.timeZone);
  const digest = await getWeeklyDigest(db, { today, departmentIds: [department.id] });
  const day = (offset: number) => format(addDays(parseISO(today), offset), "yyyy-MM-dd");
  return composeDaily(
    digest,
    department,
    { yesterday: day(-1), dueBy: day(schedule.dueWithinDays), days: schedule.dueWithinDays },
    baseUrl,
  );
}

/** Ticks at the start of every minute (and once now) until stopped. */
export function startScheduler(db: Db, baseUrl: () => string): { stop(): void } {
  const tick = async () => {
    try {
      await queueScheduled(db, new Date(), baseUrl());
    } catch (error) {
      console.error("[notify] 定时消息排队失败", (error as Error).message);
    }
  };
  void tick();
  const job = new Cron("* * * * *", { protect: true }, tick);
  return { stop: () => job.stop() };
}
