// Started with the server (instrumentation.ts): the outbox hook for imports, the worker
// that sends, and the scheduler that queues digests and daily alerts.
import type { Db } from "../db";
import type { DatabaseTarget } from "../db/database-url";
import { appUrl } from "../auth/app-url";
import { allowPrivate, notifyKeyFor, workerEnabled } from "./notify-config";
import { registerImportAlerts } from "./queue-import-alert";
import { startScheduler } from "./scheduler";
import { smtpFromEnv } from "./send/send-email";
import { startWorker } from "./worker";

export function startNotifications(db: Db, target: DatabaseTarget): { stop(): Promise<void> } {
  const unregister = registerImportAlerts(() => appUrl());
  if (!workerEnabled()) return { stop: async () => unregister() };
  const worker = startWorker(db, { key: notifyKeyFor(target), smtp: smtpFromEnv(), allowPrivate: allowPrivate() });
  const scheduler = startScheduler(db, () => appUrl());
  return {
    async stop() {
      unregister();
      scheduler.stop();
      await worker.stop();
    },
  };
}
