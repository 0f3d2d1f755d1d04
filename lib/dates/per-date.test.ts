import { describe, expect, it } from "vitest";
import { perDate } from "./per-date";

describe("perDate", () => {
  it("computes once per distinct date and returns the same value after", () => {
    const seen: string[] = [];
    const length = perDate((date) => (seen.push(date), date.length));
    expect([length("2024-11-23"), length("2024-11-23"), length("2024-1-2")]).toEqual([10, 10, 8]);
    expect(seen).toEqual(["2024-11-23", "2024-1-2"]);
  });

  it("starts over past 10,000 dates instead of growing without end", () => {
    let calls = 0;
    const id = perDate((date) => (calls++, date));
    for (let i = 0; i <= 10_001; i++) id(`d${i}`);
    calls = 0;
    id("d0");
    expect(calls).toBe(1);
  });
});
