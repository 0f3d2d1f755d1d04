import { describe, expect, it } from "vitest";
import type { LineHighlight } from "../report/line-highlight";
import { lineNote } from "./line-note";

const highlights: LineHighlight[] = [
  { line: 3, kind: "initiative", label: "长沙佣金存管" },
  { line: 4, kind: "milestone", label: "支付上线 2024-11-28" },
  { line: 8, kind: "unread", label: "未识别的日期行" },
];
const from = (n: number) => ({ source: { line: n, text: "" } });

describe("lineNote", () => {
  it("counts the changes read from the line", () => {
    expect(lineNote(4, highlights, [from(4), from(3), from(4)])).toBe("第 4 行读出 2 项变更，已在变更列表中标出");
  });

  it("says a line was read but changes nothing", () => {
    expect(lineNote(3, highlights, [from(4)])).toBe("第 3 行已识别，与现有计划相同，没有变更");
  });

  it("says why a line was not understood", () => {
    expect(lineNote(8, highlights, [])).toBe("第 8 行未识别：未识别的日期行");
  });

  it("says a line gave nothing, and a change without a source line belongs to no line", () => {
    expect(lineNote(5, highlights, [{ source: null }, from(4)])).toBe("第 5 行没有读出任何内容");
  });
});
