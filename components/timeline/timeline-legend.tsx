// Names every colour and mark the timeline chart draws (timeline-chart.css gives each swatch its colour).
import { messages } from "~/lib/messages";
import { MAJOR_SLIP_DAYS } from "./timeline-tasks";

const l = messages.chart.legend;

const ITEMS = [
  ["planned", l.planned],
  ["progress", l.progress],
  ["slipped", l.slipped],
  ["slip-major", l.slipMajor(MAJOR_SLIP_DAYS)],
  ["at-risk", l.atRisk],
  ["overdue", l.overdue],
  ["done", l.done],
  ["paused", l.paused],
  ["silent", l.silent],
  ["baseline", l.baseline],
  ["ahead", l.ahead],
  ["today", l.today],
] as const;

export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label={messages.chart.legendLabel}>
      {ITEMS.map(([key, label]) => (
        <li key={key} className={`legend-${key}`}>
          <span className="swatch" aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
