import { describe, expect, it } from "vitest";
import { groupUnread, reportDateWithSource } from "./extraction-notes";

describe("reportDateWithSource", () => {
  it("names where the report date came from", () => {
    expect(reportDateWithSource("2017-05-19", "file-name")).toBe("2017-05-19（取自文件名）");
    expect(reportDateWithSource("2017-02-10", "stated-dates")).toMatch(/^2017-02-10（取自正文中的日期/);
    expect(reportDateWithSource("2024-11-23", "argument")).toBe("2024-11-23（取自填写的报告日期）");
  });

  it("shows the bare date when the source is absent or unknown", () => {
    expect(reportDateWithSource("2024-11-23", undefined)).toBe("2024-11-23");
    expect(reportDateWithSource("2024-11-23", "later-source" as never)).toBe("2024-11-23");
  });
});

describe("groupUnread", () => {
  it("is empty when the extraction has no unread lines", () => {
    expect(groupUnread(undefined)).toEqual([]);
    expect(groupUnread([])).toEqual([]);
  });

  it("groups by reason, dated lines first, in line order without repeats", () => {
    const groups = groupUnread([
      { line: 9, text: "<b>待定</b>", reason: "unsure_item" },
      { line: 12, text: "12/20 评审", reason: "date_without_milestone" },
      { line: 3, text: "11/28", reason: "date_without_milestone" },
      { line: 12, text: "12/20 评审", reason: "date_without_milestone" },
    ]);
    expect(groups).toEqual([
      {
        reason: "date_without_milestone",
        label: "未识别的日期行",
        lines: [
          { line: 3, text: "11/28" },
          { line: 12, text: "12/20 评审" },
        ],
      },
      { reason: "unsure_item", label: "未确定是否为事项", lines: [{ line: 9, text: "<b>待定</b>" }] },
    ]);
  });
});
