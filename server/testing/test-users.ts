// Users for tests that are about what a role may do, not about signing in: a row
// in User (as Better Auth would make it) and the memberships asked for.
import type { DepartmentRole } from "../../lib/domain/department-role";
import type { SignedInUser } from "../api/trpc";
import type { DbOrTx } from "../db";

export async function createTestUser(
  db: DbOrTx,
  user: { id: string; name: string; siteAdmin?: boolean },
  roles: Record<number, DepartmentRole> = {},
): Promise<SignedInUser> {
  const siteAdmin = user.siteAdmin ?? false;
  await db.user.create({ data: { id: user.id, name: user.name, email: `${user.id}@example.invalid`, username: user.id, siteAdmin } });
  for (const [departmentId, role] of Object.entries(roles))
    await db.membership.create({ data: { userId: user.id, departmentId: Number(departmentId), role } });
  return { id: user.id, name: user.name, siteAdmin };
}
