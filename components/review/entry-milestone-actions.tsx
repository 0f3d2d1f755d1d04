"use client";
// An entry's milestone corrections (under 修改条目…): the milestones added from
// its lines, each removable, and 补充里程碑… from any of its lines.
import type { ExtractedEntry } from "~/server/extract/types";
import type { ReviewDecisions } from "~/server/tracking/types";
import { AddMilestoneForm } from "./add-milestone-form";
import { AddedMilestones } from "./added-milestones";
import { addMilestone } from "./decisions";

export function EntryMilestoneActions({
  entryKey,
  entry,
  reportLines,
  extraEvents,
  decisions,
  disabled,
  onDecisions,
}: {
  entryKey: string;
  entry: ExtractedEntry;
  /** the report's text by line (added-milestones.tsx) */
  reportLines?: readonly string[];
  extraEvents: readonly string[];
  decisions: ReviewDecisions;
  disabled: boolean;
  /** `eventWord`: a word of the department's own to remember with the decisions */
  onDecisions: (decisions: ReviewDecisions, eventWord?: string | null) => void;
}) {
  const lines = [entry.source, ...entry.lines.filter((l) => l.line !== entry.source.line)];
  return (
    <div className="stack small">
      <AddedMilestones
        entryKey={entryKey}
        lines={lines}
        reportLines={reportLines}
        decisions={decisions}
        disabled={disabled}
        onChange={onDecisions}
      />
      <AddMilestoneForm
        entryKey={entryKey}
        lines={lines}
        extraEvents={extraEvents}
        disabled={disabled}
        onAdd={(added, word) => onDecisions(addMilestone(decisions, added), word)}
      />
    </div>
  );
}
