// The subscriptions migration on a database that already has an outbox: SQLite copies
// NotifyDelivery to drop NOT NULL on channelId, so every queued and sent row must
// come through unchanged, and rows to a user (no channel) must be accepted after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, migrate, type TempDatabase } from "../testing/temp-database";
import { createClient, type Db } from "./create-client";

type Row = Record<string, unknown>;
let temp: TempDatabase;
let db: Db;
let before: Row[];

const outbox = (client: Db) =>
  client.$queryRawUnsafe<Row[]>(
    `SELECT "id", "channelId", "departmentId", "kind", "dedupeKey", "payload", "status", "attempts" FROM "NotifyDelivery" ORDER BY 1`,
  );

beforeAll(async () => {
  temp = await createTempDatabase({ migrateUpTo: "20261210000000_notifications" });
  const old = temp.db;
  await old.$executeRawUnsafe(`INSERT INTO "Department" ("name") VALUES ('甲')`);
  await old.$executeRawUnsafe(
    `INSERT INTO "NotifyChannel" ("departmentId", "kind", "name", "target", "targetHint") VALUES (1, 'wecom', '群', 'sealed', 'hint')`,
  );
  for (const [key, status] of [
    ["a", "pending"],
    ["b", "sent"],
  ])
    await old.$executeRawUnsafe(
      `INSERT INTO "NotifyDelivery" ("channelId", "departmentId", "kind", "dedupeKey", "payload", "status", "attempts") ` +
        `VALUES (1, 1, 'import', '${key}', '{"title":"t"}', '${status}', 1)`,
    );
  before = await outbox(old);
  await migrate(temp.target, "20261211000000_subscriptions");
  db = createClient(temp.target);
});
afterAll(async () => {
  await db.$disconnect();
  await temp.dispose();
});

describe("the subscriptions migration", () => {
  it("keeps every outbox row as it was", async () => {
    expect(before).toHaveLength(2);
    expect(await outbox(db)).toEqual(before);
  });

  it("accepts a row to a user without a channel, and a follow; users default to no e-mail", async () => {
    await db.user.create({ data: { id: "u", name: "u", email: "u@example.invalid" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: "u" } })).notifyPreference).toBe("none");
    await db.notifyDelivery.create({ data: { userId: "u", departmentId: 1, kind: "import", dedupeKey: "c", payload: "{}" } });
    expect(await db.notifyDelivery.count({ where: { channelId: null, userId: "u" } })).toBe(1);
    // a new row numbers after the copied ones
    expect((await db.notifyDelivery.findFirstOrThrow({ where: { dedupeKey: "c" } })).id).toBeGreaterThan(2);
  });
});
