// A department's notification channels (model NotifyChannel). Targets and secrets
// arrive here sealed (server/notify/secret-box.ts): this file never sees them in clear.
import { type ChannelKind, parseChannelKind } from "../../../lib/domain/channel-kind";
import type { DeliveryKind } from "../../../lib/domain/delivery-kind";
import type { DbOrTx } from "../create-client";

export interface ChannelRow {
  id: number;
  departmentId: number;
  kind: ChannelKind;
  name: string;
  targetHint: string;
  hasSecret: boolean;
  enabled: boolean;
  /** only the weekly digest (leadership) */
  digestOnly: boolean;
  createdAt: Date;
}

/** A channel with its sealed target and secret, for the sender only. */
export interface SealedChannel extends ChannelRow {
  target: string;
  secret: string | null;
}

export interface NewChannel {
  departmentId: number;
  kind: ChannelKind;
  name: string;
  target: string;
  targetHint: string;
  secret: string | null;
  digestOnly: boolean;
}

const toRow = (c: { kind: string; secret: string | null } & Omit<ChannelRow, "kind" | "hasSecret">): ChannelRow => ({
  id: c.id,
  departmentId: c.departmentId,
  kind: parseChannelKind(c.kind),
  name: c.name,
  targetHint: c.targetHint,
  hasSecret: c.secret !== null,
  enabled: c.enabled,
  digestOnly: c.digestOnly,
  createdAt: c.createdAt,
});

export async function createChannel(db: DbOrTx, channel: NewChannel): Promise<ChannelRow> {
  return toRow(await db.notifyChannel.create({ data: channel }));
}

/** The department's channels, oldest first, without their sealed values. */
export async function listChannels(db: DbOrTx, departmentId: number): Promise<ChannelRow[]> {
  const rows = await db.notifyChannel.findMany({ where: { departmentId }, orderBy: { id: "asc" } });
  return rows.map(toRow);
}

/** The enabled channels of a department that take messages of `kind` (a digest-only one takes only the digest). */
export async function listEnabledChannels(db: DbOrTx, departmentId: number, kind: DeliveryKind): Promise<ChannelRow[]> {
  const rows = await db.notifyChannel.findMany({
    where: { departmentId, enabled: true, ...(kind === "digest" ? {} : { digestOnly: false }) },
    orderBy: { id: "asc" },
  });
  return rows.map(toRow);
}

export async function readSealedChannel(db: DbOrTx, id: number): Promise<SealedChannel | null> {
  const row = await db.notifyChannel.findUnique({ where: { id } });
  return row ? { ...toRow(row), target: row.target, secret: row.secret } : null;
}

/** The department of a channel, for the routers' role check; null when there is none. */
export async function channelDepartment(db: DbOrTx, id: number): Promise<number | null> {
  return (await db.notifyChannel.findUnique({ where: { id }, select: { departmentId: true } }))?.departmentId ?? null;
}

export async function setChannelEnabled(db: DbOrTx, id: number, enabled: boolean): Promise<void> {
  await db.notifyChannel.update({ where: { id }, data: { enabled } });
}

/** Deletes the channel and its delivery log (cascade) if it is disabled; false when it is not (or gone). */
export async function deleteDisabledChannel(db: DbOrTx, id: number): Promise<boolean> {
  const { count } = await db.notifyChannel.deleteMany({ where: { id, enabled: false } });
  return count === 1;
}
