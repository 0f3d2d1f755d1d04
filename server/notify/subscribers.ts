// Subscriptions: a user's own e-mail, queued in the same outbox as the channels'
// messages (addressed to the user instead of a channel), so the worker's lease,
// retry and exactly-once rules apply unchanged. A follower gets an import alert
// with only the initiatives they follow; a "digest only" user gets the weekly
// digest of each department they can read, on that department's schedule.
import type { Db } from "../db";
import { findDepartment } from "../db/store/departments";
import { type NewDelivery, queueOnce, takenKeys } from "../db/store/notify-deliveries";
import { readSchedule } from "../db/store/notify-schedule";
import { departmentsWithDigestSubscribers, digestSubscribers, type Recipient } from "../db/store/subscriptions";
import { getWeeklyDigest, type TrackingEvent } from "../tracking";
import { composeDigest } from "./compose/digest-message";
import type { NotifyMessage } from "./message";
import { dayIn, duePeriod } from "./schedule-times";

/** One alert per follower, composed from the events of the initiatives they follow only. */
export function followerAlerts(
  followers: readonly (Recipient & { initiativeIds: number[] })[],
  events: readonly TrackingEvent[],
  compose: (events: readonly TrackingEvent[]) => NotifyMessage | null,
  at: { departmentId: number; queued: string },
): NewDelivery[] {
  return followers.flatMap((f) => {
    const followed = new Set(f.initiativeIds);
    const message = compose(events.filter((e) => followed.has(e.initiativeId)));
    if (!message) return [];
    return [
      {
        userId: f.userId,
        departmentId: at.departmentId,
        kind: "import" as const,
        dedupeKey: `import:${at.queued}:user:${f.userId}`,
        payload: JSON.stringify(message),
      },
    ];
  });
}

/** The key that makes a period's digest unique per subscriber (as periodKey does per channel). */
export const userDigestKey = (departmentId: number, period: Date, userId: string) =>
  `digest:${departmentId}:${period.toISOString()}:user:${userId}`;

/** Queues the due weekly digests of "digest only" users; returns how many this call queued. */
export async function queueSubscriberDigests(db: Db, now: Date, baseUrl: string): Promise<number> {
  let queued = 0;
  for (const departmentId of await departmentsWithDigestSubscribers(db)) {
    const schedule = await readSchedule(db, departmentId);
    const period = duePeriod(schedule.digestCron, schedule.timeZone, now);
    if (!period) continue;
    const recipients = await digestSubscribers(db, departmentId);
    const taken = await takenKeys(
      db,
      recipients.map((r) => userDigestKey(departmentId, period, r.userId)),
    );
    const open = recipients.filter((r) => !taken.has(userDigestKey(departmentId, period, r.userId)));
    if (open.length === 0) continue;
    const department = await findDepartment(db, { id: departmentId });
    if (!department) continue;
    const digest = await getWeeklyDigest(db, { today: dayIn(now, schedule.timeZone), departmentIds: [departmentId] });
    const payload = JSON.stringify(composeDigest(digest, department, baseUrl));
    for (const r of open)
      if (
        await queueOnce(db, {
          userId: r.userId,
          departmentId,
          kind: "digest",
          payload,
          dedupeKey: userDigestKey(departmentId, period, r.userId),
        })
      )
        queued++;
  }
  return queued;
}
