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
};

describe("digestRows", () => {
  it("writes the CSV's columns, dates and figures typed", () => {
    expect(DIGEST_COLUMNS.map((c) => c.type)).toEqual(["text", "text", "text", "text", "date", "date", "number", "number", "text"]);
    expect(DIGEST_COLUMNS[4]!.header).toBe("当前日期");
    expect(digestRows([item])).toEqual([
      ["新延期", "O1 业务服务", "贝易转-装修存管", "上线", "2024-12-26", "2024-12-05", 21, 7, "双主体需求"],
    ]);
  });
});
