import { describe, expect, it } from "vitest";
import { byReportDate, chunkFiles } from "./batch-plan";

describe("byReportDate", () => {
  it("sorts by report date, then name, with refused files last, without touching the input", () => {
    const rows = [
      { name: "b.md", reportDate: "2024-11-30" },
      { name: "bad.md", reportDate: null },
      { name: "a.md", reportDate: "2024-11-30" },
      { name: "w45.md", reportDate: "2024-11-09" },
    ];
    const copy = structuredClone(rows);
    expect(byReportDate(rows).map((r) => r.name)).toEqual(["w45.md", "a.md", "b.md", "bad.md"]);
    expect(rows).toEqual(copy);
  });
});

describe("chunkFiles", () => {
  const file = (chars: number) => ({ text: "x".repeat(chars) });

  it("cuts at the file count and at the size, keeping the order", () => {
    const files = [file(1), file(2), file(3), file(4), file(5)];
    expect(chunkFiles(files, 2, 100).map((c) => c.map((f) => f.text.length))).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunkFiles(files, 10, 6).map((c) => c.map((f) => f.text.length))).toEqual([[1, 2, 3], [4], [5]]);
  });

  it("gives a file larger than the size a call of its own, and no call for no files", () => {
    expect(chunkFiles([file(9), file(1)], 10, 5).map((c) => c.length)).toEqual([1, 1]);
    expect(chunkFiles([], 10, 5)).toEqual([]);
  });
});
