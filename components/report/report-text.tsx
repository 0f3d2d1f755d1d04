import type { ReactNode } from "react";
import { messages } from "~/lib/messages";
import type { LineHighlight } from "./line-highlight";

const TAG: Record<LineHighlight["kind"], string> = { initiative: "", milestone: "info", progress: "new", unread: "warn" };
const kinds = messages.reports.kinds;

function markLabel(h: LineHighlight): string {
  if (h.kind === "progress") return h.label;
  // 未识别 says what it is; why is in its title
  if (h.kind === "unread") return kinds.unread;
  return `${kinds[h.kind]}：${h.label}`;
}

export interface ReportTextProps {
  text: string;
  highlights: readonly LineHighlight[];
  /** the line the reader picked (the import review marks it and says what was read from it) */
  selected?: number | null;
  /** makes each line a control: the import review shows what was read from it. Without it, each line is an anchor `#L<n>`. */
  onLine?: (line: number) => void;
  /** above the lines, kept in view while they scroll */
  header?: ReactNode;
}

/**
 * The report as written, one row per line; lines the tracker read are marked
 * with what it read. The report page and the import review share it. Text is
 * rendered as text, never HTML.
 */
export function ReportText({ text, highlights, selected = null, onLine, header }: ReportTextProps) {
  const byLine = new Map<number, LineHighlight[]>();
  for (const h of highlights) byLine.set(h.line, [...(byLine.get(h.line) ?? []), h]);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return (
    <div className="card report-text" style={{ padding: 0 }}>
      {header ? <div className="report-text-header">{header}</div> : null}
      {lines.map((line, index) => {
        const n = index + 1;
        const marks = byLine.get(n);
        const classes = [
          "report-line",
          marks ? "marked" : "",
          marks?.some((h) => h.kind === "unread") ? "unread" : "",
          selected === n ? "selected" : "",
        ];
        return (
          <div
            key={n}
            id={onLine ? undefined : `L${n}`}
            data-line={n}
            aria-current={selected === n ? "true" : undefined}
            className={classes.filter(Boolean).join(" ")}
            title={marks ? marks.map((h) => kinds[h.kind]).join("、") : undefined}
            onClick={onLine ? () => onLine(n) : undefined}
          >
            {onLine ? (
              <button type="button" className="line-no" aria-label={messages.review.line(n)}>
                {n}
              </button>
            ) : (
              <a className="line-no" href={`#L${n}`}>
                {n}
              </a>
            )}
            <span className="line-text">{line || " "}</span>
            {marks ? (
              <span className="line-marks">
                {marks.map((h, k) => (
                  <span key={k} className={`tag ${TAG[h.kind]}`} title={h.kind === "unread" ? h.label : markLabel(h)} data-kind={h.kind}>
                    {markLabel(h)}
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
