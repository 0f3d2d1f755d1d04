// The printable timeline: one table per page, each with the same header (the
// title, the columns and the months over the bars), so a PDF saved from the
// print dialog has the header on every page. Text is rendered by React (escaped).
import type { CSSProperties, JSX } from "react";
import { messages } from "~/lib/messages";
import type { Paper, PrintLayout, PrintRow } from "./print-rows";
import "./timeline-print.css";

const m = messages.printTimeline;
const h = messages.exports.timelineHeader;

function Bar({ row }: { row: PrintRow }): JSX.Element {
  const style: CSSProperties = { left: `${row.left}%` };
  if (row.kind === "initiative") style.width = `${row.width}%`;
  return <span className={row.kind === "initiative" ? "print-bar" : "print-diamond"} style={style} />;
}

export function TimelinePrint(props: { layout: PrintLayout; paper: Paper; title: string }): JSX.Element {
  const { layout } = props;
  return (
    <div className={`timeline-print paper-${props.paper}`}>
      {/* the page size the print dialog and page.pdf(preferCSSPageSize) use */}
      <style>{`@page { size: ${props.paper} landscape; margin: 10mm; }`}</style>
      {layout.pages.map((rows, page) => (
        <table key={page} className="print-page">
          {/* a fixed layout takes its widths from here: its first row is the title, across every column */}
          <colgroup>
            {["c-group", "c-name", "c-when", "c-slip", "c-state", "c-chart"].map((c) => (
              <col key={c} className={c} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th colSpan={6} className="print-title">
                {props.title} · {m.page(page + 1, layout.pages.length)}
              </th>
            </tr>
            <tr>
              <th className="c-group">{h.group}</th>
              <th className="c-name">{m.name}</th>
              <th className="c-when">{h.date}</th>
              <th className="c-slip">{h.slip}</th>
              <th className="c-state">{h.state}</th>
              <th className="c-chart">
                <span className="print-track">
                  {layout.ticks.map((t) => (
                    <span key={t.label} className="print-tick" style={{ left: `${t.left}%` }}>
                      {t.label}
                    </span>
                  ))}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`print-row ${row.kind}`}>
                <td className="c-group">{row.kind === "initiative" ? row.group : ""}</td>
                <td className="c-name">{row.name}</td>
                <td className="c-when">{row.when}</td>
                <td className="c-slip">{row.slipDays > 0 ? row.slipDays : ""}</td>
                <td className="c-state">{row.state}</td>
                <td className="c-chart">
                  <span className="print-track">
                    <Bar row={row} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
