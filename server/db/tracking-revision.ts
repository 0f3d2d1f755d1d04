import type { DbOrTx, Tx } from "./create-client";

/**
 * Call last in every transaction that writes tracked data (reports,
 * initiatives, milestones, their observations, aliases, edits). Last, so the
 * row lock it takes on PostgreSQL is held only until the commit.
 */
export async function bumpRevision(tx: Tx): Promise<void> {
  await tx.trackingRevision.update({ where: { id: 1 }, data: { value: { increment: 1 } } });
}

/** The current revision: equal values mean no tracked data changed in between. */
export async function readRevision(db: DbOrTx): Promise<number> {
  const row = await db.trackingRevision.findUnique({ where: { id: 1 }, select: { value: true } });
  return row?.value ?? 0;
}
