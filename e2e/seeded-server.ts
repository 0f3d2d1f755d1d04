// The app's production server over a database filled with generated weekly
// reports (scripts/bench/generate-reports.ts), imported through the real
// import, each generated department's reports into a department of that name
// (a second report of one week in one department would replace the first), the
// sample reports left out. For the browser tests and benchmarks of large timelines.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateReports, type GenerateOptions } from "../scripts/bench/generate-reports";
import { createClient } from "../server/db/create-client";
import { resolveDatabaseUrl } from "../server/db/database-url";
import { migrateDatabase } from "../server/db/migrate-database";
import { findOrCreateDepartment } from "../server/db/store/departments";
import { commitImport } from "../server/tracking/import/commit-import";
import { type AppServer, startAppServer } from "./app-server";

export async function startSeededServer(reports: GenerateOptions): Promise<AppServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "seeded-server-"));
  const url = `file:${path.join(dir, "seeded.db")}`;
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    const target = resolveDatabaseUrl(url);
    await migrateDatabase(target);
    const db = createClient(target);
    try {
      for (const r of generateReports(reports)) {
        const department = await findOrCreateDepartment(db, r.name.replace(/-W\d+$/, ""));
        await commitImport(db, r.text, { departmentId: department.id, actor: "seed" });
      }
    } finally {
      await db.$disconnect();
    }
    const server = await startAppServer({ DATABASE_URL: url, IMPORT_SAMPLES: "0" });
    return {
      ...server,
      async stop() {
        await server.stop();
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
