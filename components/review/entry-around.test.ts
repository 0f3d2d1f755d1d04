import { describe, expect, it } from "vitest";
import { entryAround } from "./entry-around";

const entry = (source: number, ...lines: number[]) => ({
  source: { line: source, text: `第${source}行` },
  lines: [source, ...lines].map((line) => ({ line, text: `第${line}行` })),
});

describe("entryAround", () => {
  it("is the entry that lists the line", () => {
    expect(entryAround([entry(3, 4), entry(6, 7, 9)], 9)).toEqual({ index: 1, listed: true });
    expect(entryAround([entry(3, 4), entry(6, 7, 9)], 3)).toEqual({ index: 0, listed: true });
  });

  it("else the narrowest entry whose span holds it (a line between two of its sub-items)", () => {
    // entry 0 runs 2…20 around entry 1 (10…12): line 11 is entry 1's, line 15 entry 0's
    expect(entryAround([entry(2, 20), entry(10, 12)], 11)).toEqual({ index: 1, listed: false });
    expect(entryAround([entry(2, 20), entry(10, 12)], 15)).toEqual({ index: 0, listed: false });
  });

  it("is null for a line outside every entry, and for no entries", () => {
    expect(entryAround([entry(3, 4), entry(6, 7)], 5)).toBeNull();
    expect(entryAround([entry(3, 4)], 12)).toBeNull();
    expect(entryAround([], 1)).toBeNull();
  });
});
