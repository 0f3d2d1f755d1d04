import { describe, expect, it } from "vitest";
import { readSpan } from "./read-span";

const source = { line: 8, text: "2. 核心系统迁移：进度30%，12月10日切流" };
const read = (span: string, event: string, reportDate = "2024-11-22") => readSpan(span, source, { reportDate, event });

describe("readSpan", () => {
  it("reads the date, subject and state of a span with the chosen event, and keeps the line as its source", () => {
    expect(read("核心系统迁移：进度30%，12月10日切流", "切流")).toMatchObject({
      title: "核心系统迁移切流",
      date: "2024-12-10",
      precision: "day",
      state: "planned",
      event: "切流",
      source,
    });
    expect(read("风控规则12/3", "验收")).toMatchObject({ title: "风控规则验收", subject: "风控规则", date: "2024-12-03" });
  });

  it("the chosen event wins over the one the text names", () => {
    expect(read("支付11/28上线", "联调")).toMatchObject({ title: "支付联调", event: "联调", date: "2024-11-28" });
  });

  it("counts relative dates from the report date, and reads done and past dates as the extractor does", () => {
    expect(read("下周三完成割接", "")).toMatchObject({ date: "2024-11-27", event: "割接" });
    expect(read("11/20已切流", "切流")).toMatchObject({ date: "2024-11-20", state: "done" });
  });

  it("is null for a span without a date, an empty span or a report date that is none", () => {
    expect(read("核心系统迁移", "切流")).toBeNull();
    expect(read("  ", "切流")).toBeNull();
    expect(read("12月10日切流", "切流", "2024-13-40")).toBeNull();
  });
});
