import { messages } from "~/lib/messages";
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
          <div
            key={n}
            id={`L${n}`}
            className={marks ? "report-line marked" : "report-line"}
            title={marks ? marks.map((h) => messages.reports.kinds[h.kind]).join("、") : undefined}
          >
            <a className="line-no" href={`#L${n}`}>
              {n}
            </a>
            <span className="line-text">{line || " "}</span>
            {marks ? (
              <span className="line-marks">
                {marks.map((h, k) => {
                  const label = h.kind === "progress" ? h.label : `${messages.reports.kinds[h.kind]}：${h.label}`;
                  return (
                    <span
                      key={k}
                      className={`tag ${h.kind === "milestone" ? "info" : h.kind === "progress" ? "new" : ""}`}
                      title={label}
                      data-kind={h.kind}
                    >
                      {label}
                    </span>
                  );
                })}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
