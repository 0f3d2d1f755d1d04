"use client";
import { type ReactNode, useState } from "react";
import { MilestoneStates } from "~/lib/domain/milestone-state";
import { messages } from "~/lib/messages";
import type { Change, ReviewDecisions } from "~/server/tracking/types";
import { ConfirmChange } from "./confirm-change";
import {
  canFix,
  canKeepManual,
  canReject,
  crossGroupMove,
  type EntryOption,
  fixOf,
  isKeptManual,
  isRejected,
  moveOf,
  setFix,
  setKeepManual,
  setMove,
  setRejected,
} from "./decisions";

const r = messages.review;
const STATES = MilestoneStates.values;
const TAG: Record<Change["kind"], string> = {
  new_initiative: "new",
  new_milestone: "new",
  date_change: "warn",
  state_change: "info",
  progress_change: "info",
  status_change: "info",
  silent: "",
};

function describe(c: Change): ReactNode {
  const reason = "reason" in c && c.reason ? <span className="muted">（{r.reason(c.reason)}）</span> : null;
  switch (c.kind) {
    case "new_initiative":
      return <>{c.initiativeName}</>;
    case "new_milestone":
      return (
        <>
          {c.title} <b>{c.date}</b>{" "}
          <span className="muted">
            （{messages.precision[c.precision]} · {messages.state[c.state]}）
          </span>
        </>
      );
    case "date_change":
      return (
        <>
          {c.title} <s>{c.oldDate}</s> → <b>{c.newDate}</b> {reason}
        </>
      );
    case "state_change":
      return (
        <>
          {c.title} {messages.state[c.oldState]} → <b>{messages.state[c.newState]}</b> {reason}
        </>
      );
    case "progress_change":
      return (
        <>
          {r.progress(c.oldProgress, c.newProgress)}
          {c.regression ? (
            <>
              {" "}
              <span className="tag danger">{r.regression}</span>
            </>
          ) : null}
        </>
      );
    case "status_change":
      return (
        <>
          {messages.status[c.oldStatus]} → <b>{messages.status[c.newStatus]}</b>
        </>
      );
    case "silent":
      return (
        <>
          {c.initiativeName} <span className="muted">（{r.lastSeen(c.lastSeenWeek)}）</span>
        </>
      );
  }
}

export interface ChangeRowProps {
  change: Change;
  decisions: ReviewDecisions;
  onChange: (d: ReviewDecisions) => void;
  /** the report's entries a milestone may be moved to, in the group each ends in (a move to another group asks to confirm) */
  entries?: EntryOption[];
  /** more per-line actions (a slot for other controls, e.g. structural corrections), shown with the row's controls */
  actions?: ReactNode;
  /** the PM clicked the row's source line (the review beside the text scrolls to it) */
  onSource?: (line: number) => void;
  /** false when the row above shows the same line */
  showSource?: boolean;
  /** the row was read from the line the PM picked in the text beside */
  marked?: boolean;
}

/** One change of the preview: accept or not at a glance, the rest of what may be decided on demand (修改…). */
export function ChangeRow({
  change,
  decisions,
  onChange,
  entries = [],
  actions,
  onSource,
  showSource = true,
  marked = false,
}: ChangeRowProps) {
  const rejected = isRejected(decisions, change);
  const fix = fixOf(decisions, change);
  const conflict = "conflict" in change && change.conflict;
  const decided = Object.keys(fix).length > 0 || moveOf(decisions, change) !== undefined || isKeptManual(decisions, change);
  const [open, setOpen] = useState(false);
  const [pendingMove, setPendingMove] = useState<{ toEntry: string; from: EntryOption; to: EntryOption } | null>(null);
  const moveTo = (toEntry: string) => {
    const across = crossGroupMove(decisions, change, entries, toEntry);
    if (across) setPendingMove({ toEntry, ...across });
    else onChange(setMove(decisions, change, toEntry === "" ? undefined : toEntry));
  };
  const controllable = !rejected && (canFix(change) || canKeepManual(change) || actions !== undefined);
  return (
    <li
      className={["change", rejected ? "rejected" : "", marked ? "marked" : ""].filter(Boolean).join(" ")}
      data-change-id={change.id}
      data-kind={change.kind}
      data-source-line={change.source?.line}
    >
      <div className="change-main">
        {canReject(change) ? (
          <label title={r.accept}>
            <input
              type="checkbox"
              aria-label={`${r.accept} ${r.kinds[change.kind]}`}
              checked={!rejected}
              onChange={(e) => onChange(setRejected(decisions, change, !e.target.checked))}
            />
          </label>
        ) : (
          <span className="change-fixed" title={r.alwaysApplied}>
            •
          </span>
        )}
        <span className={`tag ${TAG[change.kind]}`}>{r.kinds[change.kind]}</span>
        <span className="change-text">{describe(change)}</span>
        {rejected && change.kind === "new_milestone" ? <span className="tag danger">{messages.milestoneCorrections.removed}</span> : null}
        {conflict ? <span className="tag danger">{r.conflict}</span> : null}
        {decided ? <span className="tag info">{messages.reviewDesk.decisionKinds.fix}</span> : null}
        {controllable ? (
          <button type="button" className="small link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? messages.reviewDesk.less : messages.reviewDesk.more}
          </button>
        ) : null}
      </div>
      {change.source && showSource ? (
        <button
          type="button"
          className="muted small change-source"
          title={change.source.text}
          onClick={() => onSource?.(change.source!.line)}
        >
          {r.line(change.source.line)}：{change.source.text.trim()}
        </button>
      ) : null}
      {controllable && open ? (
        <div className="change-controls small">
          {canFix(change) && change.kind !== "state_change" ? (
            <label>
              {messages.reviewDesk.fixTitle}
              <input
                type="text"
                aria-label={messages.reviewDesk.fixTitle}
                value={fix.title ?? ""}
                placeholder={"title" in change ? change.title : ""}
                onChange={(e) => onChange(setFix(decisions, change, { title: e.target.value || undefined }))}
              />
            </label>
          ) : null}
          {canFix(change) && change.kind !== "state_change" ? (
            <label>
              {r.fixDate}
              <input
                type="date"
                aria-label={r.fixDate}
                value={fix.date ?? ""}
                onChange={(e) => onChange(setFix(decisions, change, { date: e.target.value || undefined }))}
              />
            </label>
          ) : null}
          {canFix(change) ? (
            <label>
              {r.fixState}
              <select
                aria-label={r.fixState}
                value={fix.state ?? ""}
                onChange={(e) =>
                  onChange(setFix(decisions, change, { state: MilestoneStates.is(e.target.value) ? e.target.value : undefined }))
                }
              >
                <option value="">—</option>
                {STATES.map((s) => (
                  <option key={s} value={s}>
                    {messages.state[s]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {canFix(change) && change.kind !== "state_change" && entries.length > 1 ? (
            <label>
              {r.moveTo}
              <select
                aria-label={r.moveTo}
                value={moveOf(decisions, change) ?? change.entryKey ?? ""}
                onChange={(e) => moveTo(e.target.value)}
              >
                {entries.map((e) => (
                  <option key={e.key} value={e.key}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {pendingMove ? (
            <ConfirmChange
              title={messages.reviewDesk.moveMilestoneConfirmTitle}
              lines={[messages.reviewDesk.moveMilestoneSummary("title" in change ? change.title : "", pendingMove.from, pendingMove.to)]}
              confirmLabel={messages.reviewDesk.moveMilestoneConfirm}
              onConfirm={() => {
                onChange(setMove(decisions, change, pendingMove.toEntry));
                setPendingMove(null);
              }}
              onCancel={() => setPendingMove(null)}
            />
          ) : null}
          {canKeepManual(change) ? (
            <label>
              <input
                type="checkbox"
                aria-label={r.keepManual}
                checked={isKeptManual(decisions, change)}
                onChange={(e) => onChange(setKeepManual(decisions, change, e.target.checked))}
              />
              {r.keepManual}
            </label>
          ) : null}
          {actions}
        </div>
      ) : null}
    </li>
  );
}
