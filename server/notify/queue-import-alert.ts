// After an import: one alert per enabled channel of the department, and one e-mail per
// follower with only the initiatives they follow, queued in the import's own
// transaction (a commit hook), so they exist exactly when the import does.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db";
import { readAlertContext } from "../db/store/notify-alert-rows";
import { listEnabledChannels } from "../db/store/notify-channels";
import { queueDeliveries } from "../db/store/notify-deliveries";
import { followersOf } from "../db/store/subscriptions";
import { beforeTrackedCommit, type TrackingEvent, type WriteCause } from "../tracking";
import { ALERT_EVENT_KINDS, composeImportAlert } from "./compose/import-alert";
import { followerAlerts } from "./subscribers";

export async function queueImportAlert(tx: Tx, events: readonly TrackingEvent[], cause: WriteCause | null, baseUrl: string): Promise<void> {
  if (cause?.kind !== "import") return;
  const relevant = events.filter((e) => ALERT_EVENT_KINDS.has(e.kind));
  if (relevant.length === 0) return;
  const initiativeIds = [...new Set(relevant.map((e) => e.initiativeId))];
  const channels = await listEnabledChannels(tx, cause.departmentId, "import");
  const followers = await followersOf(tx, cause.departmentId, initiativeIds);
  if (channels.length === 0 && followers.length === 0) return;
  const context = await readAlertContext(tx, {
    departmentId: cause.departmentId,
    reportId: cause.reportId,
    initiativeIds,
    milestoneIds: relevant.flatMap((e) => ("milestoneId" in e ? [e.milestoneId] : [])),
  });
  const compose = (events: readonly TrackingEvent[]) =>
    composeImportAlert({ ...context, departmentId: cause.departmentId, week: cause.week, events, baseUrl });
  // one key per queueing: the same week imported again (a corrected report) is news again
  const queued = randomUUID();
  await queueDeliveries(tx, followerAlerts(followers, relevant, compose, { departmentId: cause.departmentId, queued }));
  const message = compose(relevant);
  if (!message || channels.length === 0) return;
  const payload = JSON.stringify(message);
  await queueDeliveries(
    tx,
    channels.map((c) => ({
      channelId: c.id,
      departmentId: cause.departmentId,
      kind: "import",
      dedupeKey: `import:${queued}:${c.id}`,
      payload,
    })),
  );
}

const registration = globalThis as unknown as { importAlertsRegistered?: () => void };

/** Makes every tracked write queue its import alert; once per process (see commit-hooks.ts). Returns the unregister. */
export function registerImportAlerts(baseUrl: () => string): () => void {
  registration.importAlertsRegistered ??= beforeTrackedCommit((tx, events, cause) => queueImportAlert(tx, events, cause, baseUrl()));
  const unregister = registration.importAlertsRegistered;
  return () => {
    unregister();
    delete registration.importAlertsRegistered;
  };
}
