import { describe, expect, it } from "vitest";
import type { DigestItem } from "../tracking";
import { DIGEST_COLUMNS, digestRows } from "./digest-sheet";

const item: DigestItem = {
  kind: "slipped",
  initiativeId: 1,
  initiativeName: "贝易转-装修存管",
  group: "O1 业务服务",
  milestoneId: 2,
  title: "上线",
  date: "2024-12-26",
  baselineDate: "2024-12-05",
  slipDays: 21,
  movedDays: 7,
  reason: "双主体需求",
  progressBefore: null,
  progressAfter: null,
  source: null,
};
const regression: DigestItem = {
  ...item,
  kind: "progress_regressed",
  milestoneId: null,
  title: null,
  date: null,
  baselineDate: null,
  slipDays: null,
  movedDays: null,
  reason: null,
  progressBefore: 60,
  progressAfter: 35,
  source: { reportId: 3, line: 12, text: "装修存管：进度35%，需求变更" },
};

describe("digestRows", () => {
  it("writes the CSV's columns, dates and figures typed", () => {
    expect(DIGEST_COLUMNS.map((c) => c.type)).toEqual([
      ...["text", "text", "text", "text", "date", "date", "number", "number", "text"],
      ...["number", "number", "text"],
    ]);
    expect(DIGEST_COLUMNS[4]!.header).toBe("当前日期");
    expect(digestRows([item, regression])).toEqual([
      ["新延期", "O1 业务服务", "贝易转-装修存管", "上线", "2024-12-26", "2024-12-05", 21, 7, "双主体需求", null, null, null],
      ["进度回退", "O1 业务服务", "贝易转-装修存管", null, null, null, null, null, null, 60, 35, "装修存管：进度35%，需求变更"],
    ]);
  });
});
