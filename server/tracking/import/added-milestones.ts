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

/**
 * The lines a milestone may be added to an entry from: the entry's own, and the
 * lines the extractor saw but read nothing from (未识别), which may stand
 * outside every entry (an item of a 其他 section) and belong to any of them.
 */
export function addableLines(extraction: Pick<ExtractionResult, "unread">, entry: ExtractionResult["entries"][number]): SourceLine[] {
  const unread = (extraction.unread ?? []).map(({ line, text }) => ({ line, text }));
  return [entry.source, ...entry.lines, ...unread];
}

/** The line the decision names, by its text: none once the text no longer has it. */
export function lineOf(
  extraction: Pick<ExtractionResult, "unread">,
  entry: ExtractionResult["entries"][number],
  text: string,
): SourceLine | null {
  const wanted = text.trim();
  const lines = addableLines(extraction, entry);
  // the entry's own line first: an unread copy of the same text elsewhere is another line
  return lines.slice(1).find((l) => l.text === wanted) ?? (entry.source.text === wanted ? entry.source : null);
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
      const source = lineOf(extraction, entry, a.line);
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

/**
 * The extraction as the review shows it: a line a milestone was added from
 * has been read, so it is no longer 未识别.
 */
export function withAddedLinesRead(extraction: ExtractionResult, added: ReadonlyMap<number, readonly NamedMilestone[]>): ExtractionResult {
  const read = new Set([...added.values()].flatMap((list) => list.map((n) => n.milestone.source.line)));
  if (read.size === 0 || !extraction.unread?.length) return extraction;
  return { ...extraction, unread: extraction.unread.filter((u) => !read.has(u.line)) };
}
