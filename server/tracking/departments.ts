// Departments as workspaces: made by site admins, renamed by their admins. A
// rename is a tracked write because the timeline heads groups with the name.
import type { Db } from "../db";
import {
  createDepartment,
  type DepartmentRow,
  findDepartment,
  isUniqueViolation,
  renameDepartment as storeRename,
} from "../db/store/departments";
import { trackedTransaction } from "./tracked-transaction";
import { TrackingError } from "./tracking-error";

export const DEPARTMENT_NAME_MAX = 60;

export { DEFAULT_DEPARTMENT } from "../../lib/domain/default-department";

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new TrackingError("invalid", "部门名称不能为空");
  if (trimmed.length > DEPARTMENT_NAME_MAX) throw new TrackingError("invalid", `部门名称不能超过 ${DEPARTMENT_NAME_MAX} 个字符`);
  return trimmed;
}

const nameTaken = (name: string) => new TrackingError("conflict", `已有名为“${name}”的部门`);

export async function addDepartment(db: Db, name: string): Promise<DepartmentRow> {
  const wanted = checkedName(name);
  const made = await createDepartment(db, wanted);
  if (!made) throw nameTaken(wanted);
  return made;
}

/** Renames the department; returns its old name. */
export async function renameDepartment(db: Db, id: number, name: string): Promise<{ old: string; new: string }> {
  const wanted = checkedName(name);
  const { value } = await trackedTransaction(db, async (write) => {
    const current = await findDepartment(write.tx, { id });
    if (!current) throw new TrackingError("not_found", `没有编号为 ${id} 的部门`);
    if (current.name === wanted) {
      write.changedNothing();
      return { old: current.name, new: wanted };
    }
    if (await findDepartment(write.tx, { name: wanted })) throw nameTaken(wanted);
    await storeRename(write.tx, id, wanted);
    return { old: current.name, new: wanted };
  }).catch((error: unknown) => {
    // another rename to the same name committed between the check and this one
    throw isUniqueViolation(error) ? nameTaken(wanted) : error;
  });
  return value;
}
