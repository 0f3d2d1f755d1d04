// A fresh, migrated database in a temp file, for one test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, type Db } from "../db/create-client";
import { resolveDatabaseUrl, type DatabaseTarget } from "../db/database-url";
import { migrateDatabase } from "../db/migrate-database";

export interface TempDatabase {
  db: Db;
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-test-"));
  const target = resolveDatabaseUrl(`file:${path.join(dir, "test.db")}`);
  await migrateDatabase(target);
  const db = createClient(target);
  return {
    db,
    target,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
