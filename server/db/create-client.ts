import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client";
import { type DatabaseTarget, pgConnectionConfig } from "./database-url";
import { ImmediateSqliteAdapter } from "./sqlite-adapter";

/**
 * The client the app codes against. Both generated clients come from the same
 * data model (prisma/postgres/schema.prisma is written from prisma/schema.prisma),
 * so their model APIs are the same; the SQLite one's types stand for both.
 */
export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export function createClient(target: DatabaseTarget): Db {
  if (target.provider === "postgresql") {
    // The search_path also sends raw SQL ($queryRaw) to the URL's schema.
    const adapter = new PrismaPg(pgConnectionConfig(target), { schema: target.schema });
    return new PgPrismaClient({ adapter }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new ImmediateSqliteAdapter({ url: target.file, timeout: 10_000 }) });
}

/** Which provider a client talks to, for the few places where SQL differs. */
export function providerOf(db: DbOrTx): "sqlite" | "postgresql" {
  // Prisma keeps it on the client and on the transaction client alike.
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}
