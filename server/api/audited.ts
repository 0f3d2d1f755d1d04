// Records a router's domain write in the audit log, with the user and address the
// tRPC context knows.
//
// When: right after the write commits, not inside its transaction. The tracking
// layer opens its own transactions (trackedTransaction) and knows nothing of users
// or addresses; threading an audit row through it would tie every write function to
// the request. So: a failed write throws before anything is logged (no entry claims
// a change that did not happen), and a committed write is never reported as failed
// because its audit row could not be written (the user would retry and import
// twice): that rare failure goes to the server log, loudly, with the whole entry.
import { type AuditAction, type AuditDetails, recordAudit } from "../db/store/audit-log";
import type { Context, SignedInUser } from "./trpc";

/** Who asks, from where, and (in a department's procedure) in which department. */
export type AuditContext = Pick<Context, "db" | "ip"> & { user: SignedInUser; department?: { name: string } };

/** Runs `write`, then logs `action` with what `describe` makes of its result (the department is the context's unless it names one). */
export async function audited<T>(
  ctx: AuditContext,
  action: AuditAction,
  write: () => Promise<T>,
  describe: (result: T) => Promise<AuditDetails> | AuditDetails,
): Promise<T> {
  const result = await write();
  await recordAudit(ctx.db, { action, userId: ctx.user.id, userName: ctx.user.name, ip: ctx.ip ?? null }, async () => ({
    department: ctx.department?.name ?? null,
    ...(await describe(result)),
  }));
  return result;
}
