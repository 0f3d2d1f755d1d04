// Pure: the review decisions a report was committed with, kept on the report,
// and which of them still apply to another version of the same week (a
// decision applies while what it is about is still in the report).
import type { AddedMilestone, Change, ReviewDecisions } from "../types";

/** What names an added milestone among the decisions (its entry, line, span and event). */
export function addedDecisionKey(a: AddedMilestone): string {
  return `${a.entryKey}:add:${a.line}/${a.span ?? a.line}|${a.event}`;
}

/** What a report keeps of its review: the decisions, and what each was about (for the notice when one no longer applies). */
export interface StoredDecisions {
  decisions: ReviewDecisions;
  labels: Record<string, string>;
}

export type DecisionKind = "rejected" | "fix" | "move" | "keepManual" | "entry" | "added" | "map";

/** An earlier decision the new version gives no place to. */
export interface LostDecision {
  kind: DecisionKind;
  key: string;
  label: string;
}

function labelOf(changes: readonly Change[], key: string): string | null {
  const c = changes.find((x) => x.id === key || x.decisionKey === key) ?? changes.find((x) => x.entryKey === key);
  if (!c) return null;
  const title = "title" in c && (c.id === key || c.decisionKey === key) ? ` · ${c.title}` : "";
  return `${c.initiativeName}${title}`;
}

function keysOf(d: ReviewDecisions): { kind: DecisionKind; key: string }[] {
  return [
    ...(d.rejected ?? []).map((key) => ({ kind: "rejected" as const, key })),
    ...Object.keys(d.milestoneFixes ?? {}).map((key) => ({ kind: "fix" as const, key })),
    ...Object.keys(d.milestoneMoves ?? {}).map((key) => ({ kind: "move" as const, key })),
    ...(d.keepManual ?? []).map((key) => ({ kind: "keepManual" as const, key })),
    ...Object.keys(d.entries ?? {}).map((key) => ({ kind: "entry" as const, key })),
    ...(d.addedMilestones ?? []).map((a) => ({ kind: "added" as const, key: addedDecisionKey(a) })),
    ...Object.keys(d.milestoneMaps ?? {}).map((key) => ({ kind: "map" as const, key })),
  ];
}

/** The decisions as a report keeps them, labelled by the changes of its plan. */
export function storeDecisions(decisions: ReviewDecisions, changes: readonly Change[]): StoredDecisions {
  const labels: Record<string, string> = {};
  for (const { key } of keysOf(decisions)) labels[key] = labelOf(changes, key) ?? key;
  for (const a of decisions.addedMilestones ?? []) {
    const entry = labelOf(changes, a.entryKey);
    labels[addedDecisionKey(a)] = `${entry ?? a.entryKey} · ${a.title ?? a.event}`;
  }
  return { decisions, labels };
}

/** Reads what storeDecisions kept; anything else (an older report's `{}`) is no decisions. */
export function parseStoredDecisions(json: string): StoredDecisions {
  try {
    const v = JSON.parse(json) as Partial<StoredDecisions>;
    return { decisions: v.decisions ?? {}, labels: v.labels ?? {} };
  } catch {
    return { decisions: {}, labels: {} };
  }
}

/**
 * Splits earlier decisions into those that apply to a new version (its
 * `changes` planned without decisions, its `entryKeys`) and those that no
 * longer do: the change they decide is gone, or the entry a move goes to.
 */
export function carryDecisions(
  stored: StoredDecisions,
  changes: readonly Change[],
  entryKeys: readonly string[],
  /** each entry's line texts, in the order of `entryKeys`: an added milestone applies while its line is there */
  entryLines: readonly (readonly string[])[] = [],
): { decisions: ReviewDecisions; lost: LostDecision[] } {
  const ids = new Set(changes.map((c) => c.id));
  const fixable = new Set(changes.filter((c) => c.canFix).map((c) => c.decisionKey));
  const conflicts = new Set(changes.filter((c) => "conflict" in c && c.conflict).map((c) => c.decisionKey));
  const entries = new Set(entryKeys);
  const d = stored.decisions;
  const out: ReviewDecisions = {};
  const lost: LostDecision[] = [];
  const keep = (kind: DecisionKind, key: string, applies: boolean) => {
    if (!applies) lost.push({ kind, key, label: stored.labels[key] ?? key });
    return applies;
  };
  const rejected = (d.rejected ?? []).filter((k) => keep("rejected", k, ids.has(k)));
  if (rejected.length) out.rejected = rejected;
  const fixes = Object.entries(d.milestoneFixes ?? {}).filter(([k]) => keep("fix", k, fixable.has(k)));
  if (fixes.length) out.milestoneFixes = Object.fromEntries(fixes);
  const moves = Object.entries(d.milestoneMoves ?? {}).filter(([k, m]) => keep("move", k, fixable.has(k) && entries.has(m.toEntry)));
  if (moves.length) out.milestoneMoves = Object.fromEntries(moves);
  const manual = (d.keepManual ?? []).filter((k) => keep("keepManual", k, conflicts.has(k)));
  if (manual.length) out.keepManual = manual;
  const entryDecisions = Object.entries(d.entries ?? {}).filter(([k]) => keep("entry", k, entries.has(k)));
  if (entryDecisions.length) out.entries = Object.fromEntries(entryDecisions);
  const hasLine = (a: AddedMilestone) => entryLines[entryKeys.indexOf(a.entryKey)]?.includes(a.line.trim()) ?? false;
  const added = (d.addedMilestones ?? []).filter((a) => keep("added", addedDecisionKey(a), hasLine(a)));
  if (added.length) out.addedMilestones = added;
  const maps = Object.entries(d.milestoneMaps ?? {}).filter(([k]) => keep("map", k, fixable.has(k)));
  if (maps.length) out.milestoneMaps = Object.fromEntries(maps);
  return { decisions: out, lost };
}
