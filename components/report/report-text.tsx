import { messages } from "~/app/messages";
import type { ReportView } from "~/server/tracking";

/**
 * The report as written, one row per line with an anchor `#L<n>`; lines the
 * tracker read are marked with what it read. Text is rendered as text, never HTML.
 */
export function ReportText({ text, highlights }: { text: string; highlights: ReportView["highlights"] }) {
  const byLine = new Map<number, ReportView["highlights"]>();
  for (const h of highlights) byLine.set(h.line, [...(byLine.get(h.line) ?? []), h]);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return (
    <div className="card report-text" style={{ padding: 0 }}>
      {lines.map((line, index) => {
        const n = index + 1;
        const marks = byLine.get(n);
        return (
          <div key={n} id={`L${n}`} className={marks ? "report-line marked" : "report-line"}>
            <a className="line-no" href={`#L${n}`}>{n}</a>
            <span className="line-text">{line || " "}</span>
            {marks ? (
              <span className="line-marks">
                {marks.map((h, k) => (
                  <span key={k} className={`tag ${h.kind === "milestone" ? "info" : h.kind === "progress" ? "new" : ""}`}>
                    {h.kind === "progress" ? h.label : `${messages.reports.kinds[h.kind]}：${h.label}`}
                  </span>
                ))}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
