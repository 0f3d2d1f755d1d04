import { describe, expect, it } from "vitest";
import { sampleReports } from "~/server/testing/sample-reports";
import { extractReport } from "~/server/extract";
import type { ExtractedEntry, ExtractionResult } from "~/server/extract/types";
import { reviewHighlights } from "./review-highlights";

const line = (n: number, text = "") => ({ line: n, text });
function entry(over: Partial<ExtractedEntry>): ExtractedEntry {
  return {
    group: "O1",
    initiative: "项目",
    progress: null,
    status: null,
    milestones: [],
    source: line(1),
    progressSource: null,
    lines: [],
    ...over,
  };
}
const milestone = (title: string, date: string, n: number) => ({
  title,
  date,
  precision: "day" as const,
  state: "planned" as const,
  baselineDate: null,
  rangeStart: date,
  subject: "",
  event: title,
  reason: null,
  source: line(n),
});

describe("reviewHighlights", () => {
  it("marks each entry's line, its milestones, completions and progress, and the unread lines, in line order", () => {
    const extraction: Pick<ExtractionResult, "entries" | "unread"> = {
      entries: [
        entry({
          initiative: "长沙佣金存管",
          source: line(3),
          progress: 10,
          progressSource: line(4),
          milestones: [milestone("支付上线", "2024-11-28", 5), milestone("业务上线", "2024-12-05", 3)],
          completions: [{ title: "盘点完成", subject: "盘点", event: "完成", source: line(6) }],
        }),
      ],
      unread: [{ line: 8, text: "12月18日 组内分享日", reason: "date_without_milestone" }],
    };
    expect(reviewHighlights(extraction)).toEqual([
      { line: 3, kind: "initiative", label: "长沙佣金存管" },
      { line: 3, kind: "milestone", label: "业务上线 2024-12-05" },
      { line: 4, kind: "progress", label: "进度 10%" },
      { line: 5, kind: "milestone", label: "支付上线 2024-11-28" },
      { line: 6, kind: "milestone", label: "盘点完成（已完成）" },
      { line: 8, kind: "unread", label: "未识别的日期行" },
    ]);
  });

  it("gives one mark per line, kind and label, and none for an extraction that read nothing", () => {
    const twice = { line: 2, text: "x", reason: "unsure_item" as const };
    expect(reviewHighlights({ entries: [], unread: [twice, twice] })).toEqual([{ line: 2, kind: "unread", label: "未确定是否为事项" }]);
    expect(reviewHighlights({ entries: [] })).toEqual([]);
    // a progress line without a figure is no progress mark
    expect(reviewHighlights({ entries: [entry({ progressSource: line(2) })] })).toEqual([{ line: 1, kind: "initiative", label: "项目" }]);
  });

  it("marks every milestone of a real report on the line it was read from", () => {
    const [, text] = sampleReports().find(([name]) => name === "2024-W47.md")!;
    const extraction = extractReport(text);
    const lines = text.split("\n");
    const marks = reviewHighlights(extraction);
    const milestones = extraction.entries.flatMap((e) => e.milestones);
    expect(milestones.length).toBeGreaterThan(5);
    for (const m of milestones) {
      expect(marks).toContainEqual({ line: m.source.line, kind: "milestone", label: `${m.title} ${m.date}` });
      // the line number points at the text the milestone was read from
      expect(lines[m.source.line - 1]!.trim()).toContain(m.source.text.trim());
    }
    expect(marks.filter((h) => h.kind === "initiative")).toHaveLength(extraction.entries.length);
  });
});
