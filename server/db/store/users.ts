// Users as site admins see them; accounts themselves are Better Auth's (server/auth).
import type { DbOrTx } from "../create-client";

export interface UserRow {
  id: string;
  name: string;
  username: string | null;
  email: string;
  siteAdmin: boolean;
  createdAt: Date;
  /** departments and roles, by department name */
  memberships: { departmentId: number; department: string; role: string }[];
}

export async function listUsers(db: DbOrTx): Promise<UserRow[]> {
  const rows = await db.user.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      username: true,
      email: true,
      siteAdmin: true,
      createdAt: true,
      memberships: { select: { departmentId: true, role: true, department: { select: { name: true } } } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    username: u.username,
    email: u.email,
    siteAdmin: u.siteAdmin,
    createdAt: u.createdAt,
    memberships: u.memberships
      .map((m) => ({ departmentId: m.departmentId, department: m.department.name, role: m.role }))
      .sort((a, b) => a.department.localeCompare(b.department)),
  }));
}

/** A user by id, username (stored lower-cased) or email. */
export async function findUser(db: DbOrTx, login: string): Promise<{ id: string; name: string } | null> {
  const select = { id: true, name: true } as const;
  return (
    (await db.user.findUnique({ where: { id: login }, select })) ??
    (await db.user.findUnique({ where: { username: login.toLowerCase() }, select })) ??
    (await db.user.findUnique({ where: { email: login.toLowerCase() }, select }))
  );
}

export async function setSiteAdmin(db: DbOrTx, userId: string, siteAdmin: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { siteAdmin } });
}
