import { messages } from "~/lib/messages";
import { LocalTime } from "../time/local-time";
import type { AuditRow } from "~/server/db/store/audit-log";

/** The log, newest first. Every value is rendered as text (React escapes it), never as HTML. */
export function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  const t = messages.audit;
  if (rows.length === 0) return <div className="card empty-state">{t.empty}</div>;
  return (
    <table className="list card audit-table">
      <thead>
        <tr>
          <th>{t.time}</th>
          <th>{t.user}</th>
          <th>{t.ip}</th>
          <th>{t.action}</th>
          <th>{t.department}</th>
          <th>{t.changes}</th>
          <th>{t.reason}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <LocalTime at={r.createdAt.toISOString()} />
            </td>
            <td title={r.userId ?? undefined}>{r.userName}</td>
            <td className="muted small">{r.ip ?? ""}</td>
            <td>{t.actions[r.action] ?? r.action}</td>
            <td>{r.department ?? ""}</td>
            <td>
              <code className="audit-changes">{r.changes ?? ""}</code>
            </td>
            <td>{r.reason ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
