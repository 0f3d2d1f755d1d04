import type { EventRun } from "./event-words";

// The runs of a clause are in order and never overlap, so their starts and their
// ends both rise: a binary search answers what a scan of every run answered once per date.

/** The index of the last run that ends at or before `at`; -1 when none does. */
export function lastRunEndingBy(runs: readonly EventRun[], at: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runs[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The index of the first run that starts at or after `at`; `runs.length` when none does. */
export function firstRunStartingFrom(runs: readonly EventRun[], at: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runs[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
