// Applies the hand-written SQL migrations in prisma/migrations and records them
// in `_prisma_migrations` the way Prisma does (sha256 checksum of the file), so
// `prisma migrate deploy` on a connected machine sees the same history.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedMigration {
  id: string;
  name: string;
  checksum: string;
}

/** What the migrator needs from a database; one implementation per provider. */
export interface MigrationDriver {
  /** Runs `fn` while holding a lock that keeps other processes from migrating at the same time. */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  ensureHistoryTable(): Promise<void>;
  applied(): Promise<AppliedMigration[]>;
  /** Runs the migration's SQL and records it, atomically. */
  apply(migration: Migration, id: string): Promise<void>;
}

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies pending migrations in name order; returns the names it applied. */
export async function applyMigrations(driver: MigrationDriver, migrations: Migration[]): Promise<string[]> {
  return driver.withLock(async () => {
    await driver.ensureHistoryTable();
    const done = new Map((await driver.applied()).map((m) => [m.name, m]));
    const appliedNow: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new Error(`迁移 ${migration.name} 在应用后被修改过（校验和不一致），请新建一个迁移而不是修改旧的`);
        }
        continue;
      }
      await driver.apply(migration, randomUUID());
      appliedNow.push(migration.name);
    }
    return appliedNow;
  });
}
