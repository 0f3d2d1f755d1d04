// The department tests import into when departments are not what they test.
import type { DbOrTx } from "../db";
import { findOrCreateDepartment } from "../db/store/departments";

export const TEST_DEPARTMENT = "测试部门";

export async function testDepartmentId(db: DbOrTx): Promise<number> {
  return (await findOrCreateDepartment(db, TEST_DEPARTMENT)).id;
}
