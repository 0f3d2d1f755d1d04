// Pure helpers over ReviewDecisions (server/tracking/types.ts): what the PM
// can decide about each change of a preview, and the decisions after a choice.
// Inputs are never mutated.
import type { MilestoneState } from "~/server/extract/types";
import type { AddedMilestone, Change, ReviewDecisions } from "~/server/tracking/types";

type Fix = { date?: string; state?: MilestoneState; title?: string };

/**
 * The key the tracker reads a fix, a move or a kept manual value under (a
 * state change of a reported milestone shares its milestone's). Rejections
 * are per change (`change.id`). The server names both; nothing here reads them.
 */
export function decisionId(change: Change): string {
  return change.decisionKey;
}

/** Entries, progress, status, a reported milestone's date or state, and a dateless completion can each be rejected. */
export function canReject(change: Change): boolean {
  return change.canReject;
}

/** A reported milestone's date or state can be corrected; a dateless completion cannot. */
export function canFix(change: Change): boolean {
  return change.canFix;
}

export function canKeepManual(change: Change): boolean {
  return "conflict" in change && change.conflict && canReject(change);
}

export function isRejected(d: ReviewDecisions, change: Change): boolean {
  return (d.rejected ?? []).includes(change.id);
}

export function isKeptManual(d: ReviewDecisions, change: Change): boolean {
  return (d.keepManual ?? []).includes(decisionId(change));
}

function toggle(list: string[] | undefined, id: string, on: boolean): string[] {
  const rest = (list ?? []).filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

export function setRejected(d: ReviewDecisions, change: Change, rejected: boolean): ReviewDecisions {
  return { ...d, rejected: toggle(d.rejected, change.id, rejected) };
}

/** The entry of this report (its `entryKey`) a milestone was moved to, if any. */
export function moveOf(d: ReviewDecisions, change: Change): string | undefined {
  return d.milestoneMoves?.[decisionId(change)]?.toEntry;
}

/** Moves a reported milestone to another entry of the report (`undefined`: back to its own). */
export function setMove(d: ReviewDecisions, change: Change, toEntry: string | undefined): ReviewDecisions {
  const moves = { ...d.milestoneMoves };
  if (toEntry === undefined || toEntry === change.entryKey) delete moves[decisionId(change)];
  else moves[decisionId(change)] = { toEntry };
  return { ...d, milestoneMoves: moves };
}

export function setKeepManual(d: ReviewDecisions, change: Change, keep: boolean): ReviewDecisions {
  return { ...d, keepManual: toggle(d.keepManual, decisionId(change), keep) };
}

export function fixOf(d: ReviewDecisions, change: Change): Fix {
  return d.milestoneFixes?.[decisionId(change)] ?? {};
}

/** Sets (or with `undefined`, clears) one field of a milestone's fix. */
export function setFix(d: ReviewDecisions, change: Change, patch: Fix): ReviewDecisions {
  const id = decisionId(change);
  const next: Fix = { ...fixOf(d, change), ...patch };
  for (const key of ["date", "state", "title"] as const) if (!next[key]?.trim()) delete next[key];
  const fixes = { ...d.milestoneFixes };
  if (Object.keys(next).length === 0) delete fixes[id];
  else fixes[id] = next;
  return { ...d, milestoneFixes: fixes };
}

export type EntryDecision = NonNullable<ReviewDecisions["entries"]>[number];

/** The decision about one entry, by its `Change.entryKey`. */
export function entryOf(d: ReviewDecisions, entry: string): EntryDecision {
  return d.entries?.[entry] ?? {};
}

/** Renames an entry or merges it into an existing initiative; empty values clear the decision. */
export function setEntry(d: ReviewDecisions, entry: string, patch: EntryDecision): ReviewDecisions {
  const next: EntryDecision = { ...entryOf(d, entry), ...patch };
  if (!next.name?.trim()) delete next.name;
  if (!next.alias?.trim()) delete next.alias;
  if (next.mergeIntoId === undefined) delete next.mergeIntoId;
  if (!next.group?.trim()) delete next.group;
  const entries = { ...d.entries };
  if (Object.keys(next).length === 0) delete entries[entry];
  else entries[entry] = next;
  return { ...d, entries };
}

/** Drops empty parts, for the request and for comparing decisions. */
export function compactDecisions(d: ReviewDecisions): ReviewDecisions {
  const out: ReviewDecisions = {};
  if (d.rejected?.length) out.rejected = [...d.rejected].sort();
  if (d.keepManual?.length) out.keepManual = [...d.keepManual].sort();
  if (d.entries && Object.keys(d.entries).length) out.entries = d.entries;
  if (d.milestoneFixes && Object.keys(d.milestoneFixes).length) out.milestoneFixes = d.milestoneFixes;
  if (d.milestoneMoves && Object.keys(d.milestoneMoves).length) out.milestoneMoves = d.milestoneMoves;
  if (d.addedMilestones?.length) out.addedMilestones = d.addedMilestones;
  if (d.milestoneMaps && Object.keys(d.milestoneMaps).length) out.milestoneMaps = d.milestoneMaps;
  return out;
}

const sameAdded = (a: AddedMilestone, b: AddedMilestone) =>
  a.entryKey === b.entryKey && a.line === b.line && (a.span ?? a.line) === (b.span ?? b.line) && a.event === b.event;

/** The milestones the PM added from lines of one entry (its `entryKey`). */
export function addedOf(d: ReviewDecisions, entry: string): AddedMilestone[] {
  return (d.addedMilestones ?? []).filter((a) => a.entryKey === entry);
}

/** Adds a milestone from a line; the same line, span and event again replaces the earlier one. Empty fields are left out. */
export function addMilestone(d: ReviewDecisions, added: AddedMilestone): ReviewDecisions {
  const clean: AddedMilestone = { entryKey: added.entryKey, line: added.line, event: added.event.trim() };
  const span = added.span?.trim();
  if (span && span !== added.line) clean.span = span;
  if (added.title?.trim()) clean.title = added.title.trim();
  if (added.date) clean.date = added.date;
  if (added.state) clean.state = added.state;
  return { ...d, addedMilestones: [...(d.addedMilestones ?? []).filter((a) => !sameAdded(a, clean)), clean] };
}

export function removeAdded(d: ReviewDecisions, added: AddedMilestone): ReviewDecisions {
  return { ...d, addedMilestones: (d.addedMilestones ?? []).filter((a) => !sameAdded(a, added)) };
}

/** The known milestone the PM said a reported one is, if any. */
export function mapOf(d: ReviewDecisions, change: Change): number | undefined {
  return d.milestoneMaps?.[decisionId(change)]?.milestoneId;
}

/** Maps a reported milestone onto a known one of its initiative (`undefined`: it is new after all). */
export function setMap(d: ReviewDecisions, change: Change, milestoneId: number | undefined): ReviewDecisions {
  const maps = { ...d.milestoneMaps };
  if (milestoneId === undefined) delete maps[decisionId(change)];
  else maps[decisionId(change)] = { milestoneId };
  return { ...d, milestoneMaps: maps };
}

/** The group the PM moved an entry's initiative to (移到分组…), if any. */
export function groupMoveOf(d: ReviewDecisions, entry: string): string | undefined {
  return entryOf(d, entry).group;
}

/** Moves an entry's initiative (known or new) to another group; `undefined` or empty takes the move back. */
export function setGroupMove(d: ReviewDecisions, entry: string, group: string | undefined): ReviewDecisions {
  return setEntry(d, entry, { group: group?.trim() ?? "" });
}

/** The groups an initiative now in `current` may move to: the report's and the department's, each once, in order. */
export function groupChoices(groups: readonly string[], current: string): string[] {
  return [...new Set(groups.map((g) => g.trim()))].filter((g) => g !== "" && g !== current.trim());
}

/** An entry of the report a milestone may go to, in the group it ends in. */
export interface EntryOption {
  key: string;
  name: string;
  group: string;
}

/** The milestone's entry now (its move, else its own), when going to `toEntry` crosses groups: that move asks to confirm. */
export function crossGroupMove(
  d: ReviewDecisions,
  change: Change,
  entries: readonly EntryOption[],
  toEntry: string,
): { from: EntryOption; to: EntryOption } | null {
  const from = entries.find((e) => e.key === (moveOf(d, change) ?? change.entryKey));
  const to = entries.find((e) => e.key === toEntry);
  return from && to && from.group !== to.group ? { from, to } : null;
}
