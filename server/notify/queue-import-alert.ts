// After an import: one alert per enabled channel of the department, queued in the
// import's own transaction (a commit hook), so it exists exactly when the import does.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db";
import { readAlertContext } from "../db/store/notify-alert-rows";
import { listEnabledChannels } from "../db/store/notify-channels";
import { queueDeliveries } from "../db/store/notify-deliveries";
import { beforeTrackedCommit, type TrackingEvent, type WriteCause } from "../tracking";
import { ALERT_EVENT_KINDS, composeImportAlert } from "./compose/import-alert";

export async function queueImportAlert(tx: Tx, events: readonly TrackingEvent[], cause: WriteCause | null, baseUrl: string): Promise<void> {
  if (cause?.kind !== "import") return;
  const relevant = events.filter((e) => ALERT_EVENT_KINDS.has(e.kind));
  if (relevant.length === 0) return;
  const channels = await listEnabledChannels(tx, cause.departmentId, "import");
  if (channels.length === 0) return;
  const context = await readAlertContext(tx, {
    departmentId: cause.departmentId,
    reportId: cause.reportId,
    initiativeIds: [...new Set(relevant.map((e) => e.initiativeId))],
    milestoneIds: relevant.flatMap((e) => ("milestoneId" in e ? [e.milestoneId] : [])),
  });
  const message = composeImportAlert({ ...context, departmentId: cause.departmentId, week: cause.week, events: relevant, baseUrl });
  if (!message) return;
  const payload = JSON.stringify(message);
  // one key per queueing: the same week imported again (a corrected report) is news again
  const queued = randomUUID();
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
