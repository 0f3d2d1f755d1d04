// What an import alert needs beyond the write's events: names, and the reasons the report gave.
import type { DbOrTx } from "../create-client";

export interface AlertContext {
  departmentName: string;
  initiativeNames: Map<number, string>;
  /** the reason this report gave for each milestone's date, where it gave one */
  reasons: Map<number, string>;
}

export async function readAlertContext(
  db: DbOrTx,
  query: { departmentId: number; reportId: number; initiativeIds: number[]; milestoneIds: number[] },
): Promise<AlertContext> {
  const [department, initiatives, observations] = await Promise.all([
    db.department.findUnique({ where: { id: query.departmentId }, select: { name: true } }),
    db.initiative.findMany({ where: { id: { in: query.initiativeIds } }, select: { id: true, name: true } }),
    db.milestoneObservation.findMany({
      where: { reportId: query.reportId, milestoneId: { in: query.milestoneIds }, reason: { not: null } },
      select: { milestoneId: true, reason: true },
    }),
  ]);
  return {
    departmentName: department?.name ?? "",
    initiativeNames: new Map(initiatives.map((i) => [i.id, i.name])),
    reasons: new Map(observations.flatMap((o) => (o.reason ? [[o.milestoneId, o.reason] as const] : []))),
  };
}
