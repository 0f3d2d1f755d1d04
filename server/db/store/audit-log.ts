// The audit log's SQL: who did what, when, from where (model AuditLog).
import type { DbOrTx } from "../create-client";

export const AUDIT_ACTIONS = [
  "import.commit",
  "import.undo",
  "milestone.edit",
  "initiative.edit",
  "initiative.merge",
  "initiative.unmerge",
  "restore",
  "sign-in",
  "sign-in.failed",
  "sign-out",
  "password.change",
  "department.create",
  "department.rename",
  "role.change",
  "layoutProfile.change",
  "user.create",
  "access.denied",
  "calendar.create",
  "calendar.revoke",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  /** null for a failed sign-in of an unknown user, and for the CLI */
  userId: string | null;
  /** the display name at the time, or the login that was tried */
  userName: string;
  ip?: string | null;
  /** what changed: stored as JSON text */
  changes?: unknown;
  reason?: string | null;
  department?: string | null;
}

export interface AuditRow {
  id: number;
  createdAt: Date;
  userId: string | null;
  userName: string;
  ip: string | null;
  action: string;
  changes: string | null;
  reason: string | null;
  department: string | null;
}

export interface AuditFilter {
  action?: string;
  /** matches the user id exactly or the display name in part */
  user?: string;
  /** inclusive bounds */
  from?: Date;
  to?: Date;
}

export async function appendAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      userId: entry.userId,
      userName: entry.userName,
      ip: entry.ip ?? null,
      changes: entry.changes === undefined || entry.changes === null ? null : JSON.stringify(entry.changes),
      reason: entry.reason ?? null,
      department: entry.department ?? null,
    },
  });
}

export type AuditDetails = Pick<AuditEntry, "changes" | "reason" | "department">;

/**
 * Writes an entry and never throws: the action it records has already happened
 * (server/api/audited.ts says why), so a failure goes to stderr with the entry.
 */
export async function recordAudit(
  db: DbOrTx,
  entry: Omit<AuditEntry, keyof AuditDetails>,
  details: () => Promise<AuditDetails> | AuditDetails = () => ({}),
): Promise<void> {
  let full: AuditEntry = entry;
  try {
    full = { ...entry, ...(await details()) };
    await appendAudit(db, full);
  } catch (error) {
    console.error("[audit] 操作日志写入失败", JSON.stringify(full), error);
  }
}

function where(filter: AuditFilter) {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.user ? { OR: [{ userId: filter.user }, { userName: { contains: filter.user } }] } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } }
      : {}),
  };
}

/** Newest first, one page. */
export async function listAudit(
  db: DbOrTx,
  filter: AuditFilter,
  page: { skip: number; take: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where: where(filter), orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
    db.auditLog.count({ where: where(filter) }),
  ]);
  return { rows, total };
}

/** The newest edit-log id: an audited edit reads the entries written after it. */
export async function lastEditLogId(db: DbOrTx): Promise<number> {
  const row = await db.editLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}

/** What an edit changed, from the edit log it wrote: { field: { old, new } }. */
export async function editChangesSince(
  db: DbOrTx,
  entity: "initiative" | "milestone",
  entityId: number,
  afterId: number,
  actor: string,
): Promise<Record<string, { old: string | null; new: string | null }>> {
  const rows = await db.editLog.findMany({ where: { entity, entityId, actor, id: { gt: afterId } }, orderBy: { id: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.field, { old: r.oldValue, new: r.newValue }]));
}
