import Link from "next/link";
import { messages } from "~/lib/messages";
import { LocalTime } from "../time/local-time";
import type { ReportSummary } from "~/server/tracking";

const m = messages.reports;

export function ReportTable({ reports }: { reports: ReportSummary[] }) {
  return (
    <table className="list card" style={{ padding: 0 }}>
      <thead>
        <tr>
          <th>{m.week}</th>
          <th>{m.title}</th>
          <th>{m.department}</th>
          <th>{m.reportDate}</th>
          <th>{m.counts}</th>
          <th>{m.importedAt}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id}>
            <td>
              <Link href={`/reports/${r.id}`}>{r.week}</Link>
            </td>
            <td>
              <Link href={`/reports/${r.id}`}>{r.title}</Link>
            </td>
            <td>{r.department || "—"}</td>
            <td>{r.reportDate}</td>
            <td>
              {r.initiativeCount} / {r.milestoneCount}
            </td>
            <td className="muted small">
              <LocalTime at={r.importedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
