// Writes of initiatives, their groups and the names (aliases) later reports find them by.
import { parseInitiativeStatus, type InitiativeStatus } from "../../../lib/domain/initiative-status";
import type { Tx } from "../create-client";
import { insertRows } from "./insert-rows";

/** The department's group of that name, created after its others when new. */
export async function findOrCreateGroup(tx: Tx, departmentId: number, name: string): Promise<number> {
  const group =
    (await tx.group.findUnique({ where: { departmentId_name: { departmentId, name } } })) ??
    (await tx.group.create({ data: { departmentId, name, sortOrder: await tx.group.count({ where: { departmentId } }) } }));
  return group.id;
}

export async function createInitiative(
  tx: Tx,
  data: { departmentId: number; name: string; groupId: number; startDate: string },
): Promise<number> {
  return (await tx.initiative.create({ data, select: { id: true } })).id;
}

/** Adds the aliases whose key the department has not given to any initiative yet (the first to claim a key keeps it). */
export async function addAliases(
  tx: Tx,
  departmentId: number,
  aliases: readonly { initiativeId: number; name: string; key: string }[],
): Promise<void> {
  const rows = aliases.map((a) => ({ initiativeId: a.initiativeId, departmentId, name: a.name, key: a.key }));
  await insertRows(tx, "InitiativeAlias", ["initiativeId", "departmentId", "name", "key"], rows, { skipDuplicates: true });
}

export interface InitiativeForEdit {
  id: number;
  departmentId: number;
  name: string;
  groupName: string;
  status: InitiativeStatus;
  progress: number | null;
  startDate: string | null;
  owner: string | null;
}

export async function readInitiativeForEdit(tx: Tx, id: number): Promise<InitiativeForEdit | null> {
  const i = await tx.initiative.findUnique({
    where: { id },
    select: {
      id: true,
      departmentId: true,
      name: true,
      status: true,
      progress: true,
      startDate: true,
      owner: true,
      group: { select: { name: true } },
    },
  });
  return (
    i && {
      id: i.id,
      departmentId: i.departmentId,
      name: i.name,
      groupName: i.group.name,
      status: parseInitiativeStatus(i.status),
      progress: i.progress,
      startDate: i.startDate,
      owner: i.owner,
    }
  );
}

/** Takes the next version if the row is still at `expected`; false when someone else changed it first. */
export async function claimInitiativeVersion(tx: Tx, id: number, expected: number): Promise<boolean> {
  return (await tx.initiative.updateMany({ where: { id, version: expected }, data: { version: { increment: 1 } } })).count > 0;
}

export async function bumpInitiativeVersion(tx: Tx, id: number): Promise<void> {
  await tx.initiative.update({ where: { id }, data: { version: { increment: 1 } } });
}

export async function setInitiativeName(tx: Tx, id: number, name: string): Promise<void> {
  await tx.initiative.update({ where: { id }, data: { name } });
}

export async function setInitiativeGroup(tx: Tx, id: number, groupId: number): Promise<void> {
  await tx.initiative.update({ where: { id }, data: { groupId } });
}

/**
 * Moves everything of `sourceId` that is not a milestone (observations,
 * aliases) to `target`, then deletes the source.
 */
export async function absorbInitiative(tx: Tx, sourceId: number, target: { id: number; departmentId: number }): Promise<void> {
  await tx.initiativeObservation.updateMany({ where: { initiativeId: sourceId }, data: { initiativeId: target.id } });
  await tx.initiativeAlias.updateMany({
    where: { initiativeId: sourceId },
    data: { initiativeId: target.id, departmentId: target.departmentId },
  });
  await tx.initiative.delete({ where: { id: sourceId } });
}
