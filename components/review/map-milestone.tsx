"use client";
// 这是已有里程碑…: a milestone the report names anew is a known one of the same
// initiative whose date moved; the change becomes that milestone's date change.
import { messages } from "~/lib/messages";
import type { Change, ReviewDecisions } from "~/server/tracking/types";
import { mapOf, setMap } from "./decisions";

const t = messages.milestoneCorrections;

export interface KnownMilestoneOption {
  id: number;
  title: string;
  date: string;
}

export interface MapMilestoneProps {
  change: Change;
  /** the known milestones of the change's initiative */
  milestones: readonly KnownMilestoneOption[];
  decisions: ReviewDecisions;
  disabled?: boolean;
  onChange: (decisions: ReviewDecisions) => void;
}

export function MapMilestone({ change, milestones, decisions, disabled, onChange }: MapMilestoneProps) {
  const mapped = mapOf(decisions, change);
  if (mapped !== undefined) {
    const target = milestones.find((m) => m.id === mapped);
    return (
      <span className="row">
        <span className="tag info">{t.mapped(target?.title ?? String(mapped))}</span>
        <button type="button" className="small" disabled={disabled} onClick={() => onChange(setMap(decisions, change, undefined))}>
          {t.unmap}
        </button>
      </span>
    );
  }
  if (change.kind !== "new_milestone" || change.initiativeId === null || milestones.length === 0) return null;
  return (
    <label>
      {t.mapTo}
      <select
        aria-label={t.mapTo}
        value=""
        disabled={disabled}
        onChange={(e) => {
          if (e.target.value) onChange(setMap(decisions, change, Number(e.target.value)));
        }}
      >
        <option value="">{t.mapNone}</option>
        {milestones.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title}（{m.date}）
          </option>
        ))}
      </select>
    </label>
  );
}
