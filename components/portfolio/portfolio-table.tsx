import Link from "next/link";
import { messages } from "~/lib/messages";
import type { PortfolioRow } from "~/lib/timeline/portfolio";

const m = messages.portfolio;

/** The timeline of one department, optionally filtered to a state. */
const timelineOf = (departmentId: number, state?: string) => `/?department=${departmentId}${state ? `&state=${state}` : ""}`;

/**
 * Per department the counts leadership asks about first, each linking to the
 * timeline filtered to it; the checkboxes open the timeline of several departments
 * (a plain GET form: `/?department=1&department=3`, which the timeline's URL reads).
 */
export function PortfolioTable({ rows }: { rows: PortfolioRow[] }) {
  const count = (row: PortfolioRow, n: number, state: string, label: string) =>
    n > 0 ? (
      <Link href={timelineOf(row.departmentId, state)} className={`count-${state}`} aria-label={`${row.department}${label} ${n}`}>
        {n}
      </Link>
    ) : (
      <span className="muted">0</span>
    );
  return (
    <form method="get" action="/" className="stack">
      <table className="list card" style={{ padding: 0 }}>
        <thead>
          <tr>
            <th aria-label={m.choose} />
            <th>{m.department}</th>
            <th>{m.latestWeek}</th>
            <th>{m.initiatives}</th>
            <th>{m.slipped}</th>
            <th>{m.overdue}</th>
            <th>{m.atRisk}</th>
            <th>{m.silent}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.departmentId}>
              <td>
                <input type="checkbox" name="department" value={r.departmentId} aria-label={m.chooseOne(r.department)} />
              </td>
              <td>
                <Link href={timelineOf(r.departmentId)}>{r.department}</Link>
              </td>
              <td>{r.latestWeek ?? "—"}</td>
              <td>{r.initiatives}</td>
              <td>{count(r, r.slipped, "slipped", m.slipped)}</td>
              <td>{count(r, r.overdue, "overdue", m.overdue)}</td>
              <td>{count(r, r.atRisk, "at_risk", m.atRisk)}</td>
              <td>{count(r, r.silent, "silent", m.silent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <button type="submit" className="primary">
          {m.openSelected}
        </button>
      </div>
    </form>
  );
}
