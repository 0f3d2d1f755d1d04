import { describe, expect, it } from "vitest";
import type { EventRun } from "./event-words";
import { firstRunStartingFrom, lastRunEndingBy } from "./run-search";

const run = (start: number, end: number): EventRun => ({ start, end, words: ["上线"] });
const runs = [run(2, 4), run(4, 6), run(10, 12)];

describe("run search", () => {
  it("finds the last run that ends by a position, as a scan does", () => {
    for (let at = 0; at <= 14; at++) {
      const scanned = runs.map((r) => r.end <= at).lastIndexOf(true);
      expect(lastRunEndingBy(runs, at), `at ${at}`).toBe(scanned);
    }
  });

  it("finds the first run that starts from a position, as a scan does", () => {
    for (let at = 0; at <= 14; at++) {
      const scanned = runs.findIndex((r) => r.start >= at);
      expect(firstRunStartingFrom(runs, at), `at ${at}`).toBe(scanned === -1 ? runs.length : scanned);
    }
  });

  it("answers none on no runs", () => {
    expect(lastRunEndingBy([], 5)).toBe(-1);
    expect(firstRunStartingFrom([], 5)).toBe(0);
  });
});
