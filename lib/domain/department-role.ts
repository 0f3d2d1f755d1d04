import { defineEnum } from "./define-enum";

/**
 * What a member may do in a department, each role including the ones before it:
 * viewer reads (timeline, digest, reports, exports), editor also imports, reviews,
 * edits and merges, admin also manages members and the department's settings.
 */
export const DepartmentRoles = defineEnum("DepartmentRole", ["viewer", "editor", "admin"]);
export type DepartmentRole = (typeof DepartmentRoles.values)[number];
export const parseDepartmentRole = DepartmentRoles.parse;

/** Whether `held` allows what `needed` allows. */
export function roleAllows(held: DepartmentRole | null | undefined, needed: DepartmentRole): boolean {
  return held != null && DepartmentRoles.values.indexOf(held) >= DepartmentRoles.values.indexOf(needed);
}
