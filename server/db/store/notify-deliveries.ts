// The outbox and delivery log (model NotifyDelivery). A worker claims due rows with a
// lease; only the holder of the lease records the result, so a worker that lost its
// lease (it stalled past the expiry and another took over) changes nothing.
import { Prisma } from "../../generated/prisma/client";
import { type DeliveryKind, DeliveryKinds, type DeliveryStatus, DeliveryStatuses } from "../../../lib/domain/delivery-kind";
import { type ChannelKind, parseChannelKind } from "../../../lib/domain/channel-kind";
import { type Db, type DbOrTx, providerOf } from "../create-client";
import { isUniqueViolation } from "./departments";

/** To a channel, or to one user's own e-mail (a subscription): exactly one of the two. */
export type NewDelivery = ({ channelId: number; userId?: null } | { channelId?: null; userId: string }) & {
  departmentId: number;
  kind: DeliveryKind;
  /** unique: a second queueing of the same key is a no-op */
  dedupeKey: string;
  payload: string;
};

export interface ClaimedDelivery {
  id: number;
  channelId: number | null;
  userId: string | null;
  departmentId: number;
  kind: DeliveryKind;
  payload: string;
  attempts: number;
  createdAt: Date;
}

export interface DeliveryLogRow {
  id: number;
  channelId: number;
  channelName: string;
  channelKind: ChannelKind;
  kind: DeliveryKind;
  status: DeliveryStatus;
  attempts: number;
  title: string;
  lastResponse: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
}

/** Queues messages inside the caller's transaction (keys must be new: a conflict there would abort it on PostgreSQL). */
export async function queueDeliveries(db: DbOrTx, rows: readonly NewDelivery[]): Promise<void> {
  if (rows.length > 0) await db.notifyDelivery.createMany({ data: [...rows] });
}

/** Queues one message unless its key is taken (another instance queued this period already); true when this call queued it. */
export async function queueOnce(db: Db, row: NewDelivery): Promise<boolean> {
  try {
    await db.notifyDelivery.create({ data: row });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Which of these keys are queued already. */
export async function takenKeys(db: DbOrTx, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.notifyDelivery.findMany({ where: { dedupeKey: { in: [...keys] } }, select: { dedupeKey: true } });
  return new Set(rows.map((r) => r.dedupeKey));
}

const due = (now: Date) => ({
  status: "pending",
  nextAttemptAt: { lte: now },
  OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
});

/**
 * Leases up to `limit` due messages to `workerId` until `leaseUntil`. On PostgreSQL the
 * candidates are row-locked with FOR UPDATE SKIP LOCKED, so workers of several instances
 * pass each other by instead of queueing; each lease is then taken only if the row is
 * still due. On SQLite the transaction holds the write lock from its start (sqlite-adapter.ts).
 */
export async function claimDue(db: Db, workerId: string, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  // most passes find nothing: a plain read first, so an idle worker never takes SQLite's write lock
  if (!(await db.notifyDelivery.findFirst({ where: due(now), select: { id: true } }))) return [];
  return db.$transaction(async (tx) => {
    let ids = (await tx.notifyDelivery.findMany({ where: due(now), orderBy: { id: "asc" }, take: limit, select: { id: true } })).map(
      (r) => r.id,
    );
    if (ids.length === 0) return [];
    if (providerOf(db) === "postgresql") {
      const locked = await tx.$queryRaw<{ id: number }[]>(
        Prisma.sql`SELECT "id" FROM "NotifyDelivery" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE SKIP LOCKED`,
      );
      ids = locked.map((r) => Number(r.id));
    }
    const claimed: number[] = [];
    for (const id of ids) {
      const { count } = await tx.notifyDelivery.updateMany({ where: { id, ...due(now) }, data: { leaseUntil, leasedBy: workerId } });
      if (count === 1) claimed.push(id);
    }
    const rows = await tx.notifyDelivery.findMany({ where: { id: { in: claimed } }, orderBy: { id: "asc" } });
    return rows.map((r) => ({ ...r, kind: DeliveryKinds.parse(r.kind) }));
  });
}

/** Both outcomes count the attempt and give the lease back; only the lease holder records. */
const held = (id: number, workerId: string) => ({ id, leasedBy: workerId, status: "pending" });

export async function recordSent(db: DbOrTx, id: number, workerId: string, response: string, at: Date): Promise<boolean> {
  const { count } = await db.notifyDelivery.updateMany({
    where: held(id, workerId),
    data: { status: "sent", sentAt: at, attempts: { increment: 1 }, leaseUntil: null, lastResponse: response },
  });
  return count === 1;
}

/** A failed try: again at `nextAttemptAt`, or never (`nextAttemptAt` null: given up). */
export async function recordFailure(db: DbOrTx, id: number, workerId: string, response: string, nextAttemptAt: Date | null): Promise<void> {
  await db.notifyDelivery.updateMany({
    where: held(id, workerId),
    data: {
      status: nextAttemptAt ? "pending" : "failed",
      attempts: { increment: 1 },
      leaseUntil: null,
      lastResponse: response,
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
    },
  });
}

/** Not tried (the bot's rate limit is used up): back to the queue at `nextAttemptAt`, no attempt counted. */
export async function postpone(db: DbOrTx, id: number, workerId: string, nextAttemptAt: Date): Promise<void> {
  await db.notifyDelivery.updateMany({ where: held(id, workerId), data: { leaseUntil: null, nextAttemptAt } });
}

/** A failed message queued again from scratch (the delivery log's 重新发送); false unless it had failed. */
export async function requeueFailed(db: DbOrTx, id: number, now: Date): Promise<boolean> {
  const { count } = await db.notifyDelivery.updateMany({
    where: { id, status: "failed" },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, leaseUntil: null, leasedBy: null },
  });
  return count === 1;
}

export async function deliveryDepartment(db: DbOrTx, id: number): Promise<number | null> {
  return (await db.notifyDelivery.findUnique({ where: { id }, select: { departmentId: true } }))?.departmentId ?? null;
}

/** The department's delivery log, newest first. */
export async function listDeliveries(db: DbOrTx, departmentId: number, take: number): Promise<DeliveryLogRow[]> {
  // a subscriber's own e-mails are not the department's channels: the log shows channels only
  const rows = await db.notifyDelivery.findMany({
    where: { departmentId, channelId: { not: null } },
    orderBy: { id: "desc" },
    take,
    include: { channel: { select: { name: true, kind: true } } },
  });
  return rows.flatMap((r) =>
    r.channel && r.channelId !== null
      ? [
          {
            id: r.id,
            channelId: r.channelId,
            channelName: r.channel.name,
            channelKind: parseChannelKind(r.channel.kind),
            kind: DeliveryKinds.parse(r.kind),
            status: DeliveryStatuses.parse(r.status),
            attempts: r.attempts,
            title: titleOf(r.payload),
            lastResponse: r.lastResponse,
            nextAttemptAt: r.nextAttemptAt,
            sentAt: r.sentAt,
            createdAt: r.createdAt,
          },
        ]
      : [],
  );
}

function titleOf(payload: string): string {
  try {
    return String((JSON.parse(payload) as { title?: unknown }).title ?? "");
  } catch {
    return "";
  }
}
