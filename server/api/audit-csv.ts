import { csvDocument } from "../../lib/csv";
import { messages } from "../../lib/messages";
import type { AuditRow } from "../db/store/audit-log";

/** The audit log as CSV (RFC 4180, BOM, formulas neutralised: lib/csv.ts); times in ISO 8601 UTC. */
export function auditCsv(rows: readonly AuditRow[]): string {
  return csvDocument(
    messages.audit.csvHeader,
    rows.map((r) => [
      r.createdAt.toISOString(),
      r.userName,
      r.userId,
      r.ip,
      messages.audit.actions[r.action] ?? r.action,
      r.department,
      r.changes,
      r.reason,
    ]),
  );
}
