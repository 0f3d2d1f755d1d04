import { type DbOrTx, directReaderOf, type Tx } from "./create-client";

/**
 * Call last in every transaction that writes tracked data (reports,
 * initiatives, milestones, their observations, aliases, edits). Last, so the
 * row lock it takes on PostgreSQL is held only until the commit.
 */
export async function bumpRevision(tx: Tx): Promise<void> {
  await tx.trackingRevision.update({ where: { id: 1 }, data: { value: { increment: 1 } } });
}

/**
 * The current revision: equal values mean no tracked data changed in between.
 * Read straight through the driver when possible: a cached timeline is served
 * after this one small read, so its cost is the whole cost of a cache hit.
 */
export async function readRevision(db: DbOrTx): Promise<number> {
  const direct = directReaderOf(db);
  if (direct) {
    const [row] = await direct.all(`SELECT "value" FROM "TrackingRevision" WHERE "id" = 1`);
    return row ? Number(row.value) : 0;
  }
  const row = await db.trackingRevision.findUnique({ where: { id: 1 }, select: { value: true } });
  return row?.value ?? 0;
}
