// Runs once when the Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation):
// brings the database up to date, creates the first admin from ADMIN_USERNAME /
// ADMIN_PASSWORD when nobody has an account, starts the notifications and, when it is empty, imports the sample
// reports. Only the server does this; CLI commands never import samples.
// Everything is imported inside the nodejs branch so the edge runtime never loads native modules.

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { resolve } = await import("node:path");
    const { migrateDatabase } = await import("./server/db/migrate-database");
    const { databaseTarget, db } = await import("./server/db");

    const applied = await migrateDatabase(databaseTarget);
    if (applied.length > 0) console.log(`数据库迁移：已应用 ${applied.join(", ")}`);

    // ADMIN_USERNAME / ADMIN_PASSWORD: the first site admin, only while nobody has an account;
    // without them a fresh install shows the setup page instead
    const { getAuth } = await import("./server/auth/auth");
    const { createAdminFromEnv } = await import("./server/auth/first-admin");
    const admin = await createAdminFromEnv(getAuth(), db);
    if (admin) console.log(`已创建管理员账号 ${process.env.ADMIN_USERNAME}`);

    // notifications: imports queue their alerts in their own transaction; the worker sends,
    // the scheduler queues digests (NOTIFY_WORKER=0 leaves both to another instance)
    const { startNotifications } = await import("./server/notify/start-notifications");
    startNotifications(db, databaseTarget);

    const flag = process.env.IMPORT_SAMPLES?.toLowerCase();
    if (flag !== "0" && flag !== "false") {
      const { importSamplesIfEmpty } = await import("./server/tracking");
      const imported = await importSamplesIfEmpty(db, resolve("samples/reports"));
      if (imported > 0) console.log(`已导入 ${imported} 份示例周报（IMPORT_SAMPLES=0 可关闭）`);
    }
  }
}
