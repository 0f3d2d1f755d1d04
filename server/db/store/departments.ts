// Departments (workspaces) and who holds which role in them.
import { type DepartmentRole, parseDepartmentRole } from "../../../lib/domain/department-role";
import type { DbOrTx, Tx } from "../create-client";

export interface DepartmentRow {
  id: number;
  name: string;
}

/** Every department, by name. */
export function listDepartments(db: DbOrTx): Promise<DepartmentRow[]> {
  return db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export function findDepartment(db: DbOrTx, where: { id: number } | { name: string }): Promise<DepartmentRow | null> {
  return db.department.findUnique({ where, select: { id: true, name: true } });
}

/** Whether a write failed on a unique key (Prisma's P2002, on either database). */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown }).code === "P2002";

/** The new department; null when one of that name exists already (made meanwhile by another request, perhaps). */
export async function createDepartment(db: DbOrTx, name: string): Promise<DepartmentRow | null> {
  try {
    return await db.department.create({ data: { name }, select: { id: true, name: true } });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * The department of that name, made if missing (the command line and the samples
 * name departments). Not Prisma's upsert: on PostgreSQL two processes upserting
 * one name at once both insert, and one fails on the unique name.
 */
export async function findOrCreateDepartment(db: DbOrTx, name: string): Promise<DepartmentRow> {
  const found = (await findDepartment(db, { name })) ?? (await createDepartment(db, name)) ?? (await findDepartment(db, { name }));
  if (!found) throw new Error(`部门“${name}”既不存在也无法创建`);
  return found;
}

export async function renameDepartment(tx: Tx, id: number, name: string): Promise<void> {
  await tx.department.update({ where: { id }, data: { name } });
}

/**
 * Every department with the user's role in it (null: not a member). One plain query: it runs on
 * every request, and Prisma's nested read of the memberships cost a fifth of a cached timeline's
 * answer (`npm run bench:load`).
 */
export async function readDepartmentAccess(db: DbOrTx, userId: string): Promise<(DepartmentRow & { role: DepartmentRole | null })[]> {
  const rows = await db.$queryRaw<{ id: unknown; name: string; role: string | null }[]>`
    SELECT d."id", d."name", m."role" FROM "Department" d
    LEFT JOIN "Membership" m ON m."departmentId" = d."id" AND m."userId" = ${userId}
    ORDER BY d."name" ASC`;
  return rows.map((d) => ({ id: Number(d.id), name: d.name, role: d.role === null ? null : parseDepartmentRole(d.role) }));
}

export interface MemberRow {
  userId: string;
  name: string;
  username: string | null;
  email: string;
  role: DepartmentRole;
}

/** The members of a department, by display name. */
export async function listMembers(db: DbOrTx, departmentId: number): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({
    where: { departmentId },
    select: { role: true, user: { select: { id: true, name: true, username: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    username: m.user.username,
    email: m.user.email,
    role: parseDepartmentRole(m.role),
  }));
}

/** The user's role in the department, or null. */
export async function readRole(db: DbOrTx, userId: string, departmentId: number): Promise<DepartmentRole | null> {
  const row = await db.membership.findUnique({ where: { userId_departmentId: { userId, departmentId } }, select: { role: true } });
  return row ? parseDepartmentRole(row.role) : null;
}

/** Gives the user that role in the department, or (null) takes their membership away. */
export async function setRole(tx: Tx, userId: string, departmentId: number, role: DepartmentRole | null): Promise<void> {
  if (role === null) await tx.membership.deleteMany({ where: { userId, departmentId } });
  else
    await tx.membership.upsert({
      where: { userId_departmentId: { userId, departmentId } },
      create: { userId, departmentId, role },
      update: { role },
    });
}

/** How many admins the department has: the last one cannot be removed. */
export function countAdmins(db: DbOrTx, departmentId: number): Promise<number> {
  return db.membership.count({ where: { departmentId, role: "admin" } });
}

/** The department of a report, initiative or milestone; null when there is no such row. */
export async function departmentIdOf(
  db: DbOrTx,
  of: { reportId: number } | { initiativeId: number } | { milestoneId: number },
): Promise<number | null> {
  if ("reportId" in of)
    return (await db.report.findUnique({ where: { id: of.reportId }, select: { departmentId: true } }))?.departmentId ?? null;
  if ("initiativeId" in of)
    return (await db.initiative.findUnique({ where: { id: of.initiativeId }, select: { departmentId: true } }))?.departmentId ?? null;
  const milestone = await db.milestone.findUnique({
    where: { id: of.milestoneId },
    select: { initiative: { select: { departmentId: true } } },
  });
  return milestone?.initiative.departmentId ?? null;
}
