import { daysBetween } from "../../../lib/dates/day-number";
import { lineSimilarity } from "./line-similarity";
import { findMilestoneByKey } from "./milestone-key";

/** A milestone one entry of the report states. */
export interface ReportedMilestone {
  key: string;
  date: string;
  /** the report line it was read from */
  text: string;
}

/** A milestone the tracker knows of the initiative. */
export interface PairableMilestone {
  keys: readonly string[];
  date: string;
  /** the report lines that stated it */
  texts?: readonly string[];
}

/** Below this a line is no evidence that two milestones are one. */
const SAME_LINE = 0.5;

/**
 * The known milestone each reported one speaks of (null: a new one), each
 * known milestone taken at most once. Several reported under one key (three
 * baseline-table rows all titled 完成) go to those known under that key by the
 * line they were read from first, then in order (never crossing) by nearest
 * date; the rest by compatible key as findMilestoneByKey decides.
 */
export function pairMilestones<K extends PairableMilestone>(reported: readonly ReportedMilestone[], known: readonly K[]): (K | null)[] {
  const result: (K | null)[] = reported.map(() => null);
  const taken = new Set<K>();
  for (const key of new Set(reported.map((r) => r.key))) {
    const mine = reported.flatMap((r, i) => (r.key === key ? [i] : []));
    const theirs = known.filter((k) => k.keys.includes(key) && !taken.has(k));
    const group = mine.map((i) => reported[i]!);
    for (const [r, k] of pairSameKey(group, theirs)) {
      result[mine[r]!] = theirs[k]!;
      taken.add(theirs[k]!);
    }
  }
  reported.forEach((r, i) => {
    if (result[i]) return;
    const free = known.filter((k) => !taken.has(k));
    const match = findMilestoneByKey(free, r.key, r.date);
    if (!match) return;
    result[i] = match;
    taken.add(match);
  });
  return result;
}

/** Index pairs [reported, known] of milestones under one key. */
function pairSameKey(reported: readonly ReportedMilestone[], known: readonly PairableMilestone[]): [number, number][] {
  if (reported.length === 1 && known.length === 1) return [[0, 0]];
  const byLine = reported
    .flatMap((m, r) => known.map((k, i) => ({ r, k: i, line: Math.max(0, ...(k.texts ?? []).map((t) => lineSimilarity(m.text, t))) })))
    .filter((c) => c.line >= SAME_LINE)
    .sort((a, b) => b.line - a.line || Math.abs(a.r - a.k) - Math.abs(b.r - b.k));
  const pairs: [number, number][] = [];
  for (const c of byLine) if (pairs.every(([r, k]) => r !== c.r && k !== c.k)) pairs.push([c.r, c.k]);
  const restR = reported.map((_, r) => r).filter((r) => pairs.every((p) => p[0] !== r));
  const restK = known.map((_, k) => k).filter((k) => pairs.every((p) => p[1] !== k));
  const days = (r: number, k: number) => Math.abs(daysBetween(known[k]!.date, reported[r]!.date));
  for (const [i, j] of inOrder(restR.length, restK.length, (i, j) => days(restR[i]!, restK[j]!))) pairs.push([restR[i]!, restK[j]!]);
  return pairs;
}

interface Alignment {
  pairs: number;
  cost: number;
  take: "pair" | "skipLeft" | "skipRight" | null;
}

/**
 * As many pairs of two sequences as the shorter has, in order (never
 * crossing), with the least total cost: equal lengths pair first with first;
 * one left over leaves out the item farthest off.
 */
function inOrder(n: number, m: number, cost: (i: number, j: number) => number): [number, number][] {
  const table: Alignment[][] = Array.from({ length: n + 1 }, () =>
    Array.from({ length: m + 1 }, () => ({ pairs: 0, cost: 0, take: null })),
  );
  const better = (a: Alignment, b: Alignment) => a.pairs > b.pairs || (a.pairs === b.pairs && a.cost < b.cost);
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const pair = table[i - 1]![j - 1]!;
      const options: Alignment[] = [
        { pairs: pair.pairs + 1, cost: pair.cost + cost(i - 1, j - 1), take: "pair" },
        { ...table[i - 1]![j]!, take: "skipLeft" },
        { ...table[i]![j - 1]!, take: "skipRight" },
      ];
      table[i]![j] = options.reduce((best, o) => (better(o, best) ? o : best));
    }
  const result: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const take = table[i]![j]!.take;
    if (take === "pair") result.unshift([--i, --j]);
    else if (take === "skipLeft") i--;
    else j--;
  }
  return result;
}
