import type { Tx } from "../../db";

/**
 * A manual edit is placed right after the latest report that spoke of the
 * entity: a later report that says something else overrides it (and the
 * review shows the conflict).
 */
export async function latestBasisDate(tx: Tx, where: { milestoneId: number } | { initiativeId: number }, today: string): Promise<string> {
  const latest =
    "milestoneId" in where
      ? await tx.milestoneObservation.findFirst({ where, orderBy: { basisDate: "desc" }, select: { basisDate: true } })
      : await tx.initiativeObservation.findFirst({ where, orderBy: { basisDate: "desc" }, select: { basisDate: true } });
  return latest?.basisDate ?? today;
}
