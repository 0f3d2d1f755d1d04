// The only place that knows how the changes of a preview are named. A change
// carries its id (what a rejection names), the key its other decisions are
// stored under, and what the PM may decide about it, so the review never reads
// an id. Ids name what a change is about (the entry's section and name, the
// milestone's subject + event), never a position: a decision outlives an edit
// elsewhere in the text and a corrected version of the same week.
import type { ExtractedCompletion, ExtractedEntry, ExtractedMilestone } from "../../extract/types";
import { normalizeName } from "../derive/normalize-name";
import type { Change } from "../types";
import { milestoneKey } from "./milestone-key";

/** What names a change and what may be decided about it. */
export type ChangeHandle = Pick<Change, "id" | "decisionKey" | "canReject" | "canFix">;

function handle(id: string, can: { reject: boolean; fix: boolean }, decisionKey = id): ChangeHandle {
  return { id, decisionKey, canReject: can.reject, canFix: can.fix };
}

const REJECT_ONLY = { reject: true, fix: false };
const REJECT_OR_FIX = { reject: true, fix: true };

/** Appends `#2`, `#3` … to repeats, so that two alike items of one report keep apart (and in order). */
function numberRepeats(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}

/** Each entry's key: its section and its name as the report writes them, normalised. */
export function entryKeys(entries: readonly Pick<ExtractedEntry, "group" | "initiative">[]): string[] {
  return numberRepeats(entries.map((e) => `${normalizeName(e.group)}/${normalizeName(e.initiative)}`));
}

/** Each reported milestone's key within its entry: subject + event (never the date, which a fix or a new version changes). */
export function reportedMilestoneKeys(milestones: readonly Pick<ExtractedMilestone, "subject" | "event">[]): string[] {
  return numberRepeats(milestones.map((m) => milestoneKey(m.subject, m.event)));
}

/** Each dateless completion's key within its entry. */
export function completionKeys(completions: readonly Pick<ExtractedCompletion, "subject" | "event">[]): string[] {
  return numberRepeats(completions.map((c) => milestoneKey(c.subject, c.event)));
}

/** The entry names an initiative not known yet: rejecting it imports nothing of the entry. */
export const newInitiativeChange = (entry: string) => handle(`${entry}:new`, REJECT_ONLY);

export const progressChange = (entry: string) => handle(`${entry}:progress`, REJECT_ONLY);

export const statusChange = (entry: string) => handle(`${entry}:status`, REJECT_ONLY);

/**
 * A milestone the entry reports (`milestone`: its key in reportedMilestoneKeys):
 * its date (or it being new) is this change; its fix, its move to another entry
 * and keeping a manual value over it are all stored under this id.
 */
export const reportedMilestoneChange = (entry: string, milestone: string) => handle(`${entry}:m:${milestone}`, REJECT_OR_FIX);

/** The state of the same reported milestone: rejected on its own, fixed (and kept manual) with the milestone. */
export function reportedStateChange(entry: string, milestone: string): ChangeHandle {
  const parent = reportedMilestoneChange(entry, milestone);
  return handle(`${parent.id}:state`, REJECT_OR_FIX, parent.decisionKey);
}

/**
 * A milestone the PM added from a line of the entry (`added`: its key in
 * addedMilestoneKeys): like a reported one, it may be rejected, fixed or mapped.
 */
export const addedMilestoneChange = (entry: string, added: string) => handle(`${entry}:add:${added}`, REJECT_OR_FIX);

export function addedStateChange(entry: string, added: string): ChangeHandle {
  const parent = addedMilestoneChange(entry, added);
  return handle(`${parent.id}:state`, REJECT_OR_FIX, parent.decisionKey);
}

/** Each added milestone's key within its entry: its line, span and event, never its date. */
export function addedMilestoneKeys(added: readonly { line: string; span?: string; event: string }[]): string[] {
  return numberRepeats(added.map((a) => `${normalizeName(a.line)}/${normalizeName(a.span ?? a.line)}|${normalizeName(a.event)}`));
}

/** A dateless completion (`…已完成`) of the entry: it can be rejected, but has no date or state to fix. */
export const completionChange = (entry: string, completion: string) => handle(`${entry}:c:${completion}`, REJECT_ONLY);

/** A known initiative the report does not mention: a notice, nothing to decide. */
export const silentChange = (initiativeId: number) => handle(`silent:${initiativeId}`, { reject: false, fix: false });
