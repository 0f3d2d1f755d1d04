// One Prisma client per process (create-t3-app's db.ts): Next's dev server
// re-evaluates modules, so the client is kept on globalThis outside production.
import { createClient, type Db } from "./db/create-client";
import { resolveDatabaseUrl } from "./db/database-url";
import { env } from "./env";

export const databaseTarget = resolveDatabaseUrl(env.DATABASE_URL);

const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createClient(databaseTarget);

if (env.NODE_ENV !== "production") globalForDb.db = db;

export type { Db, Tx, DbOrTx } from "./db/create-client";
