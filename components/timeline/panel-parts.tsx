"use client";
// Small read-only pieces of the initiative panel: a milestone's date trail and
// the weekly progress sparkline. Text only; the SVG is built by React.
import { messages } from "~/lib/messages";
import type { DateHistoryPoint, ProgressPoint } from "~/server/tracking/types";
import { dateTrail } from "./date-trail";
import { sparkline } from "./sparkline";

const m = messages.initiative;

/** `W45 11/25 → W46 11/28 → 张三 12/10`, each step linked to its report line. */
export function DateTrail({ history }: { history: readonly DateHistoryPoint[] }) {
  const steps = dateTrail(history);
  return (
    <ol className="date-trail">
      {steps.map((s, k) => {
        const title = [s.date, s.manualBy ? `${m.manual}：${s.manualBy}` : null, s.reason].filter(Boolean).join(" · ");
        const body = (
          <>
            <span className="trail-label">{s.label}</span> {s.day}
          </>
        );
        return (
          <li key={k} className={s.manualBy ? "manual" : undefined} title={title}>
            {s.source ? <a href={`/reports/${s.source.reportId}#L${s.source.line}`}>{body}</a> : body}
            {s.manualBy ? <span className="tag warn">{m.manual}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

export function ProgressSparkline({ history }: { history: readonly ProgressPoint[] }) {
  const line = sparkline(history, { width: 160, height: 32, pad: 4 });
  if (!line) return <span className="muted small">{m.noTrend}</span>;
  const last = line.dots[line.dots.length - 1];
  const label = line.dots.map((d) => m.trendTitle(d.week, d.progress)).join("，");
  return (
    <span className="sparkline">
      <svg
        width={line.width}
        height={line.height}
        viewBox={`0 0 ${line.width} ${line.height}`}
        role="img"
        aria-label={`${m.trend}：${label}`}
      >
        <line x1={0} x2={line.width} y1={line.height - 4} y2={line.height - 4} className="sparkline-axis" />
        <polyline points={line.points} className="sparkline-line" />
        {line.dots.map((d) => (
          <circle key={d.week} cx={d.x} cy={d.y} r={d === last ? 3 : 2} className="sparkline-dot">
            <title>{m.trendTitle(d.week, d.progress)}</title>
          </circle>
        ))}
      </svg>
    </span>
  );
}
