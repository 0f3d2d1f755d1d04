// Who follows what (model Follow) and what each user wants by e-mail (User.notifyPreference).
// A recipient must still be able to read the department when a message is queued: a
// follow outlives a membership that is later taken away, the e-mail must not.
import { type NotifyPreference, NotifyPreferences } from "../../../lib/domain/notify-preference";
import type { DbOrTx } from "../create-client";

export interface Recipient {
  userId: string;
  email: string;
}

export async function follow(db: DbOrTx, userId: string, initiativeId: number): Promise<void> {
  await db.follow.upsert({ where: { userId_initiativeId: { userId, initiativeId } }, create: { userId, initiativeId }, update: {} });
}

export async function unfollow(db: DbOrTx, userId: string, initiativeId: number): Promise<void> {
  await db.follow.deleteMany({ where: { userId, initiativeId } });
}

/** The user's follows, initiatives by name. */
export async function listFollows(db: DbOrTx, userId: string): Promise<{ initiativeId: number; name: string; departmentId: number }[]> {
  const rows = await db.follow.findMany({
    where: { userId },
    select: { initiative: { select: { id: true, name: true, departmentId: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ initiativeId: r.initiative.id, name: r.initiative.name, departmentId: r.initiative.departmentId }));
}

export async function readPreference(db: DbOrTx, userId: string): Promise<NotifyPreference> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { notifyPreference: true } });
  return NotifyPreferences.parse(user?.notifyPreference ?? "none");
}

export async function savePreference(db: DbOrTx, userId: string, preference: NotifyPreference): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { notifyPreference: preference } });
}

/** Users who may read the department: members of it, or site admins. */
const readerOf = (departmentId: number) => ({ OR: [{ siteAdmin: true }, { memberships: { some: { departmentId } } }] });

/** Each follower (preference "followed") of these initiatives of the department, with the ones they follow among them. */
export async function followersOf(
  db: DbOrTx,
  departmentId: number,
  initiativeIds: readonly number[],
): Promise<(Recipient & { initiativeIds: number[] })[]> {
  if (initiativeIds.length === 0) return [];
  const rows = await db.follow.findMany({
    where: {
      initiativeId: { in: [...initiativeIds] },
      initiative: { departmentId },
      user: { notifyPreference: "followed", ...readerOf(departmentId) },
    },
    select: { initiativeId: true, user: { select: { id: true, email: true } } },
    orderBy: [{ userId: "asc" }, { initiativeId: "asc" }],
  });
  const byUser = new Map<string, Recipient & { initiativeIds: number[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.user.id) ?? { userId: r.user.id, email: r.user.email, initiativeIds: [] };
    entry.initiativeIds.push(r.initiativeId);
    byUser.set(r.user.id, entry);
  }
  return [...byUser.values()];
}

/** Users who chose "digest only" and may read the department. */
export async function digestSubscribers(db: DbOrTx, departmentId: number): Promise<Recipient[]> {
  const rows = await db.user.findMany({
    where: { notifyPreference: "digest", ...readerOf(departmentId) },
    select: { id: true, email: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ userId: r.id, email: r.email }));
}

/** Departments that some "digest only" user may read (all of them when a site admin chose it): where the scheduler looks. */
export async function departmentsWithDigestSubscribers(db: DbOrTx): Promise<number[]> {
  const rows = await db.department.findMany({
    where: {
      OR: [
        { members: { some: { user: { notifyPreference: "digest" } } } },
        ...((await db.user.count({ where: { notifyPreference: "digest", siteAdmin: true } })) > 0 ? [{}] : []),
      ],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

/** Where a user's e-mail goes. */
export async function emailOf(db: DbOrTx, userId: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
}
