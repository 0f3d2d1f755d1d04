"use client";
// 补充里程碑… on a 未识别 line: a dated line that gave nothing is where a missed
// milestone is. The entry around the line is proposed; a line outside every
// entry (an item of a 其他 section) goes to the entry the PM chooses.
import type { ExtractedEntry, SourceLine } from "~/server/extract/types";
import type { AddedMilestone } from "~/server/tracking/types";
import { AddMilestoneForm, type EntryChoice } from "./add-milestone-form";
import { entryAround } from "./entry-around";

export interface UnreadLineMilestoneProps {
  line: SourceLine;
  /** the preview's entries, and their `Change.entryKey`s in the same order */
  entries: readonly ExtractedEntry[];
  entryKeys: readonly string[];
  extraEvents: readonly string[];
  disabled: boolean;
  onAdd: (added: AddedMilestone, rememberEvent: string | null) => void;
}

export function UnreadLineMilestone({ line, entries, entryKeys, extraEvents, disabled, onAdd }: UnreadLineMilestoneProps) {
  const around = entryAround(entries, line.line);
  const proposed = around === null ? "" : (entryKeys[around.index] ?? "");
  const choices: EntryChoice[] = entries.flatMap((entry, i) => {
    const entryKey = entryKeys[i];
    return entryKey ? [{ entryKey, name: entry.group ? `${entry.group} · ${entry.initiative}` : entry.initiative }] : [];
  });
  return (
    <AddMilestoneForm
      // another preview may put the line in another entry: the proposal starts over
      key={`${line.line}/${proposed}`}
      entryKey={proposed}
      entries={choices}
      listedBy={around?.listed ? proposed : null}
      lines={[line]}
      line={line}
      extraEvents={extraEvents}
      disabled={disabled}
      onAdd={onAdd}
    />
  );
}
