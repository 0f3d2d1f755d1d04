"use client";
import { Fragment, useState } from "react";
import { messages } from "~/lib/messages";
import type { EditLogEntry, InitiativeDetail } from "~/server/tracking/types";
import { LocalTime } from "../time/local-time";
import { FollowButton, type FollowState } from "../notify/follow-button";
import type { SaveEdit } from "./edit-request";
import { InitiativeEditForm, MergeForm, type MergeTarget, MilestoneEditForm } from "./panel-edit-forms";
import { DateTrail, ProgressSparkline } from "./panel-parts";

const m = messages.initiative;

// Links to report lines are plain <a>: a full navigation lets `:target` mark the line.

/** A logged value as the user reads it: states and statuses in Chinese, progress with %. */
function editValue(e: EditLogEntry, value: string | null): string {
  if (value === null) return "—";
  if (e.field === "progress") return `${value}%`;
  if (e.field === "status" && value in messages.status) return messages.status[value as keyof typeof messages.status];
  if (e.field === "state" && value in messages.state) return messages.state[value as keyof typeof messages.state];
  return value;
}

function editText(e: EditLogEntry, titles: Map<number, string>): string {
  const field = m.fields[e.field] ?? e.field;
  const what = e.entity === "milestone" ? `${titles.get(e.entityId) ?? ""} ${field}` : field;
  return `${what}：${editValue(e, e.oldValue)} → ${editValue(e, e.newValue)}`;
}

export interface InitiativePanelProps {
  detail: InitiativeDetail;
  onClose: () => void;
  /** editing in place; read-only without it */
  onSave?: SaveEdit;
  /** merging into another initiative, offered while editing */
  merge?: { targets: MergeTarget[]; onMerge: (targetId: number, reason: string | null) => Promise<boolean> };
  /** 关注 / 取消关注; no button without it */
  follow?: FollowState;
}

/** The selected initiative: milestones with baseline, slip and date trail, weekly progress, report lines, edit log. */
export function InitiativePanel({ detail, onClose, onSave, merge, follow }: InitiativePanelProps) {
  const [editing, setEditing] = useState<"initiative" | number | null>(null);
  const titles = new Map(detail.milestones.map((ms) => [ms.id, ms.title]));
  const aliases = detail.aliases.filter((a) => a !== detail.name);
  return (
    <section className="card initiative-panel" aria-label={detail.name}>
      <div className="toolbar">
        <h2 style={{ margin: 0 }}>{detail.name}</h2>
        <span className="tag">{detail.group}</span>
        <span className="tag info">{messages.status[detail.status]}</span>
        {detail.silent ? <span className="tag warn">{m.silent}</span> : null}
        {detail.slipDays > 0 ? <span className="tag danger">{m.slipDays(detail.slipDays)}</span> : null}
        <span className="spacer" />
        {follow ? <FollowButton {...follow} /> : null}
        {onSave && editing !== "initiative" ? (
          <button type="button" onClick={() => setEditing("initiative")}>
            {m.editInitiative}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {m.close}
        </button>
      </div>
      {onSave && editing === "initiative" ? (
        <InitiativeEditForm key={detail.version} detail={detail} onSave={onSave} onDone={() => setEditing(null)} />
      ) : null}
      {merge && editing === "initiative" ? <MergeForm detail={detail} targets={merge.targets} onMerge={merge.onMerge} /> : null}
      <div className="panel-facts small">
        <span>
          {m.progress}：{detail.progress === null ? "—" : `${detail.progress}%`}
        </span>
        <span className="muted">{m.trend}</span>
        <ProgressSparkline history={detail.progressHistory} />
        <span>
          {m.fields.owner}：{detail.owner ?? "—"}
        </span>
        <span>
          {m.start}：{detail.startDate}
        </span>
        <span>
          {m.lastSeen}：{detail.lastSeenWeek ?? "—"}
        </span>
        {aliases.length > 0 ? (
          <span>
            {m.aliases}：{aliases.join("、")}
          </span>
        ) : null}
      </div>
      <h3>{m.milestones}</h3>
      {detail.milestones.length === 0 ? (
        <p className="muted">{m.noMilestones}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{m.milestone}</th>
              <th>{m.date}</th>
              <th>{m.baseline}</th>
              <th>{m.slip}</th>
              <th>{m.state}</th>
              <th>{m.history}</th>
              {onSave ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {detail.milestones.map((ms) => (
              <Fragment key={ms.id}>
                <tr data-milestone={ms.id}>
                  <td>{ms.title}</td>
                  <td>
                    {ms.date}
                    {ms.rangeStart !== ms.date ? <span className="muted small">{m.rangeSince(ms.rangeStart)}</span> : null}
                    {ms.overdue ? (
                      <>
                        {" "}
                        <span className="tag danger">{m.overdue}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{ms.baselineDate}</td>
                  <td className={ms.slipDays > 0 ? "slip" : undefined}>{m.slipDays(ms.slipDays)}</td>
                  <td>{messages.state[ms.state]}</td>
                  <td className="small">
                    <DateTrail history={ms.history} />
                  </td>
                  {onSave ? (
                    <td>
                      {editing !== ms.id ? (
                        <button type="button" className="small" title={`${m.edit} ${ms.title}`} onClick={() => setEditing(ms.id)}>
                          {m.edit}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
                {onSave && editing === ms.id ? (
                  <tr>
                    <td colSpan={7}>
                      <MilestoneEditForm
                        key={ms.version}
                        milestone={ms}
                        initiative={detail}
                        targets={merge?.targets ?? []}
                        onSave={onSave}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
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
                <a href={`/reports/${s.reportId}#L${s.line}`}>{m.sourceLine(s.week, s.line)}</a>{" "}
                <span className="source-text">{s.text}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {detail.edits.length > 0 ? (
        <>
          <h3>{m.edits}</h3>
          <table className="list small edit-log">
            <thead>
              <tr>
                <th>{m.when}</th>
                <th>{m.who}</th>
                <th>{m.change}</th>
                <th>{m.why}</th>
              </tr>
            </thead>
            <tbody>
              {[...detail.edits].reverse().map((e, k) => (
                <tr key={k}>
                  <td>
                    <LocalTime at={e.at} />
                  </td>
                  <td>{e.actor}</td>
                  <td>{editText(e, titles)}</td>
                  <td>{e.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
