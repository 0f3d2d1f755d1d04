import { describe, expect, it } from "vitest";
import { REGRESSION_ITEM as regression, SLIPPED_ITEM as item } from "../testing/digest-items";
import { DIGEST_COLUMNS, digestRows } from "./digest-sheet";

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
