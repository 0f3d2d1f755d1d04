import { describe, expect, it } from "vitest";
import type { EntryLine } from "../outline/raw-entry";
import { readCompletions } from "./read-completions";

const line = (text: string, extra: Partial<EntryLine> = {}): EntryLine => ({
  source: { line: 7, text },
  text,
  subName: null,
  isSubItem: false,
  defaultEvent: null,
  tense: null,
  ...extra,
});
const reportDate = new Date(2024, 11, 7);
const titles = (text: string, extra?: Partial<EntryLine>) => readCompletions([line(text, extra)], reportDate).map((c) => c.title);

describe("readCompletions", () => {
  it("reads work said to be done without a date", () => {
    expect(titles("老加工链路盘点完成，进度100%；新链路迁移方案设计中。")).toEqual(["老加工链路盘点"]);
    expect(titles("花呗扣款全量完成。")).toEqual(["花呗扣款全量"]);
    expect(titles("历史数据刷数已完成")).toEqual(["历史数据刷数完成"]);
  });
  it("keeps the line where it was said", () => {
    expect(readCompletions([line("手动提现已提测")], reportDate)[0]).toMatchObject({
      subject: "手动提现",
      event: "提测",
      source: { line: 7 },
    });
  });
  it("ignores dated, planned and unfinished work", () => {
    expect(titles("支付12/3已上线")).toEqual([]);
    expect(titles("预计完成联调")).toEqual([]);
    expect(titles("开发中")).toEqual([]);
    expect(titles("尚未完成切换")).toEqual([]);
  });
  it("takes the sub-item's name when the clause has no subject", () => {
    expect(titles("已上线", { subName: "二手存管" })).toEqual(["二手存管上线"]);
  });
});
