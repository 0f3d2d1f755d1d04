import { describe, expect, it } from "vitest";
import type { ExtractedEntry, ExtractionResult } from "../../extract/types";
import { addedMilestonesByEntry, lineOf, withAddedLinesRead } from "./added-milestones";

const line = (n: number, text: string) => ({ line: n, text });
const entry = (name: string, ...lines: { line: number; text: string }[]): ExtractedEntry => ({
  group: "",
  initiative: name,
  progress: null,
  status: null,
  milestones: [],
  source: lines[0]!,
  progressSource: null,
  lines,
});
const extraction: ExtractionResult = {
  week: "2024-W47",
  reportDate: "2024-11-22",
  reportDateSource: "created",
  title: "2024-W47",
  department: "",
  entries: [entry("支付", line(3, "- 支付：进度30%")), entry("迁移", line(4, "- 迁移：进度30%"), line(5, "- 12月10日切流"))],
  unread: [
    { ...line(5, "- 12月10日切流"), reason: "date_without_milestone" },
    { ...line(9, "- 12月18日二次切流"), reason: "unsure_item" },
  ],
};

describe("lineOf", () => {
  it("finds the entry's own lines and the 未识别 ones by their text, not another entry's", () => {
    const [pay, migration] = extraction.entries;
    expect(lineOf(extraction, migration!, " - 12月10日切流 ")).toEqual(line(5, "- 12月10日切流"));
    expect(lineOf(extraction, pay!, "- 12月18日二次切流")).toEqual(line(9, "- 12月18日二次切流"));
    expect(lineOf(extraction, pay!, "- 迁移：进度30%")).toBeNull();
    expect(lineOf(extraction, pay!, "- 支付：进度30%")).toEqual(line(3, "- 支付：进度30%"));
  });
});

describe("withAddedLinesRead", () => {
  it("drops from 未识别 the lines a milestone was added from, and leaves the input as it was", () => {
    const added = addedMilestonesByEntry(
      extraction,
      ["k-pay", "k-migration"],
      [{ entryKey: "k-pay", line: "- 12月18日二次切流", span: "12月18日二次切流", event: "切流" }],
    );
    const shown = withAddedLinesRead(extraction, added);
    expect(shown.unread?.map((u) => u.line)).toEqual([5]);
    expect(extraction.unread?.map((u) => u.line)).toEqual([5, 9]);
  });

  it("is the extraction itself when nothing was added", () => {
    expect(withAddedLinesRead(extraction, new Map())).toBe(extraction);
  });
});
