"use client";
// The milestone corrections a change's line offers (ChangeReview's renderLineActions
// slot): map a new milestone onto a known one, add one the extractor missed on that line.
import type { ExtractedEntry } from "~/server/extract/types";
import type { AddedMilestone, Change, ReviewDecisions } from "~/server/tracking/types";
import { AddMilestoneForm } from "./add-milestone-form";
import { type KnownMilestoneOption, MapMilestone } from "./map-milestone";

export interface MilestoneLineActionsProps {
  change: Change;
  /** the report entry the change belongs to, null for a silent initiative */
  entry: ExtractedEntry | null;
  /** the known milestones of each initiative, by id */
  milestonesOf: ReadonlyMap<number, readonly KnownMilestoneOption[]>;
  extraEvents: readonly string[];
  decisions: ReviewDecisions;
  disabled: boolean;
  onDecisions: (decisions: ReviewDecisions) => void;
  onAdd: (added: AddedMilestone, rememberEvent: string | null) => void;
}

export function MilestoneLineActions(props: MilestoneLineActionsProps) {
  const { change, entry, decisions, disabled } = props;
  const milestones = change.initiativeId === null ? [] : (props.milestonesOf.get(change.initiativeId) ?? []);
  const lines = entry ? [entry.source, ...entry.lines.filter((l) => l.line !== entry.source.line)] : [];
  return (
    <>
      <MapMilestone change={change} milestones={milestones} decisions={decisions} disabled={disabled} onChange={props.onDecisions} />
      {change.entryKey !== null && change.source && lines.length > 0 ? (
        <AddMilestoneForm
          key={change.source.line}
          entryKey={change.entryKey}
          lines={lines}
          line={change.source}
          extraEvents={props.extraEvents}
          disabled={disabled}
          onAdd={props.onAdd}
        />
      ) : null}
    </>
  );
}
