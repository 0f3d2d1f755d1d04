import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client";
import { type DatabaseTarget, pgConnectionConfig } from "./database-url";
import { createDirectReader, type DirectReader } from "./direct-reader";
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

export type Provider = DatabaseTarget["provider"];

// Set on the client by createClient; Prisma's transaction clients (and any proxy) read through to it.
const PROVIDER = Symbol("database provider");
const DIRECT_READER = Symbol("direct reader");

export function createClient(target: DatabaseTarget): Db {
  const client =
    target.provider === "postgresql"
      ? // The search_path also sends raw SQL ($queryRaw) to the URL's schema.
        (new PgPrismaClient({ adapter: new PrismaPg(pgConnectionConfig(target), { schema: target.schema }) }) as unknown as Db)
      : new PrismaClient({ adapter: new ImmediateSqliteAdapter({ url: target.file, timeout: 10_000 }) });
  Object.defineProperty(client, PROVIDER, { value: target.provider });
  const reader = createDirectReader(target);
  if (reader) {
    Object.defineProperty(client, DIRECT_READER, { value: reader });
    const disconnect = client.$disconnect.bind(client);
    client.$disconnect = async () => {
      await reader.close();
      await disconnect();
    };
  }
  return client;
}

/** Which provider a client or transaction talks to, for the few places where SQL differs. */
export function providerOf(db: DbOrTx): Provider {
  const provider = (db as unknown as Record<typeof PROVIDER, Provider | undefined>)[PROVIDER];
  if (!provider) throw new Error("数据库客户端不是由 createClient 创建的");
  return provider;
}

/** The app's client, not one inside a transaction (which sees its own uncommitted writes). */
export function isRootClient(db: DbOrTx): db is Db {
  return typeof (db as { $transaction?: unknown }).$transaction === "function";
}

/** The driver-level reader of committed data for the app's client; null inside a transaction. */
export function directReaderOf(db: DbOrTx): DirectReader | null {
  if (!isRootClient(db)) return null;
  return (db as unknown as Record<typeof DIRECT_READER, DirectReader | undefined>)[DIRECT_READER] ?? null;
}
