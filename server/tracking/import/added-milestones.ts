// Pure: the milestones the PM added in the review from lines the extractor
// read nothing from (ReviewDecisions.addedMilestones), as reported milestones
// of their entries, so that the plan treats them like any other.
import { messages } from "../../../lib/messages";
import { readSpan } from "../../extract/milestone/read-span";
import type { ExtractedMilestone, ExtractionResult, SourceLine } from "../../extract/types";
import { TrackingError } from "../tracking-error";
import type { AddedMilestone } from "../types";
import { addedMilestoneChange, addedMilestoneKeys, addedStateChange, type ChangeHandle } from "./change-id";
import { milestoneKey } from "./milestone-key";

const t = messages.milestoneCorrections;

export interface NamedMilestone {
  milestone: ExtractedMilestone;
  change: ChangeHandle;
  stateChange: ChangeHandle;
}

/** The line of the entry the decision names, by its text: none once the text no longer has it. */
export function lineOf(entry: ExtractionResult["entries"][number], text: string): SourceLine | null {
  const wanted = text.trim();
  return entry.lines.find((l) => l.text === wanted) ?? (entry.source.text === wanted ? entry.source : null);
}

/** One added milestone read from its span, with what the PM set on top. Throws TrackingError when it cannot be one. */
export function addedMilestone(added: AddedMilestone, source: SourceLine, reportDate: string): ExtractedMilestone {
  const event = added.event.trim();
  const span = (added.span ?? added.line).trim();
  if (event === "") throw new TrackingError("invalid", t.emptyEvent);
  if (span === "") throw new TrackingError("invalid", t.emptySpan);
  if (!source.text.includes(span)) throw new TrackingError("invalid", t.spanNotInLine(span));
  if (added.title !== undefined && added.title.trim() === "") throw new TrackingError("invalid", t.emptyTitle);
  const read = readSpan(span, source, { reportDate, event });
  if (!read && !added.date) throw new TrackingError("invalid", t.noDateInSpan(span));
  const date = added.date ?? read!.date;
  const base: ExtractedMilestone = read ?? {
    title: event,
    date,
    rangeStart: date,
    precision: "day",
    state: date < reportDate ? "done" : "planned",
    baselineDate: null,
    subject: "",
    event,
    reason: null,
    source,
  };
  return {
    ...base,
    ...(added.date && added.date !== base.date ? { date: added.date, rangeStart: added.date, precision: "day" as const } : {}),
    ...(added.state ? { state: added.state } : {}),
    ...(added.title ? { title: added.title.trim() } : {}),
  };
}

/**
 * The added milestones per entry index (of `keys`, the entries' keys). One whose
 * entry or line the text no longer has is left out (the review lists it as no
 * longer applying); one the extractor now reads itself (same event and day) too.
 */
export function addedMilestonesByEntry(
  extraction: ExtractionResult,
  keys: readonly string[],
  added: readonly AddedMilestone[],
): Map<number, NamedMilestone[]> {
  const byEntry = new Map<number, NamedMilestone[]>();
  for (const entryKey of new Set(added.map((a) => a.entryKey))) {
    const index = keys.indexOf(entryKey);
    const entry = extraction.entries[index];
    if (!entry) continue;
    const mine = added.filter((a) => a.entryKey === entryKey);
    const ids = addedMilestoneKeys(mine);
    mine.forEach((a, k) => {
      const source = lineOf(entry, a.line);
      if (!source) return;
      const milestone = addedMilestone(a, source, extraction.reportDate);
      const key = milestoneKey(milestone.subject, milestone.event);
      if (entry.milestones.some((m) => m.date === milestone.date && milestoneKey(m.subject, m.event) === key)) return;
      const named = { milestone, change: addedMilestoneChange(entryKey, ids[k]!), stateChange: addedStateChange(entryKey, ids[k]!) };
      byEntry.set(index, [...(byEntry.get(index) ?? []), named]);
    });
  }
  return byEntry;
}
