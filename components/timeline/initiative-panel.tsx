"use client";
import { messages } from "~/app/messages";
import type { InitiativeDetail } from "~/server/tracking/types";

const m = messages.initiative;

// Links to report lines are plain <a>: a full navigation lets `:target` mark the line.

/** The selected initiative: its milestones with baseline and slip, and the report lines it came from. */
export function InitiativePanel({ detail, onClose }: { detail: InitiativeDetail; onClose: () => void }) {
  return (
    <section className="card" aria-label={detail.name}>
      <div className="toolbar">
        <h2 style={{ margin: 0 }}>{detail.name}</h2>
        <span className="tag">{detail.group}</span>
        <span className="tag info">{messages.status[detail.status]}</span>
        {detail.silent ? <span className="tag warn">{m.silent}</span> : null}
        <span className="spacer" />
        <button type="button" onClick={onClose}>{m.close}</button>
      </div>
      <p className="muted small">
        {m.progress}：{detail.progress === null ? "—" : `${detail.progress}%`} · {m.start}：{detail.startDate} · {m.lastSeen}：{detail.lastSeenWeek ?? "—"}
        {detail.aliases.length > 1 ? ` · ${m.aliases}：${detail.aliases.join("、")}` : null}
      </p>
      <h3>{m.milestones}</h3>
      {detail.milestones.length === 0 ? (
        <p className="muted">{m.noMilestones}</p>
      ) : (
        <table className="list">
          <thead>
            <tr><th>{m.milestone}</th><th>{m.date}</th><th>{m.baseline}</th><th>{m.slip}</th><th>{m.state}</th><th>{m.history}</th></tr>
          </thead>
          <tbody>
            {detail.milestones.map((ms) => (
              <tr key={ms.id}>
                <td>{ms.title}</td>
                <td>{ms.date}{ms.overdue ? <> <span className="tag danger">{m.overdue}</span></> : null}</td>
                <td>{ms.baselineDate}</td>
                <td className={ms.slipDays > 0 ? "slip" : undefined}>{m.slipDays(ms.slipDays)}</td>
                <td>{messages.state[ms.state]}</td>
                <td className="small">
                  {ms.history.map((h, k) => (
                    <div key={k}>
                      {h.week ?? h.at.slice(0, 10)} · {h.actor === "report" ? m.byReport : h.actor} → {h.date}
                      {h.reason ? `（${h.reason}）` : null}
                      {h.source ? <> <a href={`/reports/${h.source.reportId}#L${h.source.line}`}>{messages.review.line(h.source.line)}</a></> : null}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail.sources.length > 0 ? (
        <>
          <h3>{m.sources}</h3>
          <ul className="small source-list">
            {detail.sources.map((s, k) => (
              <li key={k}>
                <a href={`/reports/${s.reportId}#L${s.line}`}>{s.week} · {messages.review.line(s.line)}</a> {s.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {detail.edits.length > 0 ? (
        <>
          <h3>{m.edits}</h3>
          <ul className="small">
            {detail.edits.map((e, k) => (
              <li key={k}>{e.at.slice(0, 10)} {e.actor}：{e.field} {e.oldValue ?? "—"} → {e.newValue ?? "—"}{e.reason ? `（${e.reason}）` : null}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
