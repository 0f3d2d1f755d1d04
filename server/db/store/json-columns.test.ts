import { describe, expect, it } from "vitest";
import { completionsColumn, progressHistoryColumn, sourceLinesColumn } from "./json-columns";

describe("JSON columns", () => {
  it("read back what they wrote", () => {
    const history = [{ week: "2024-W47", progress: 30 }];
    expect(progressHistoryColumn.parse(progressHistoryColumn.write(history))).toEqual(history);
    const completion = { title: "盘点完成", subject: "盘点", event: "完成", source: { line: 3, text: "盘点完成" } };
    expect(completionsColumn.parse(completionsColumn.write([completion]))).toEqual([completion]);
  });
  it("refuse a value of the wrong shape, naming the column", () => {
    expect(() => sourceLinesColumn.parse('[{"line":"3"}]')).toThrow(/InitiativeObservation\.lines/);
    expect(() => progressHistoryColumn.parse('{"week":"2024-W47"}')).toThrow(/Initiative\.progressHistory/);
  });
});
