import { describe, expect, it } from "vitest";
import { formatDay } from "./date/format-day";
import { isoWeekLabel, readReportHeader } from "./report-header";

const read = (text: string, ref?: string) => {
  const header = readReportHeader(text.split("\n"), ref);
  return { ...header, reportDate: header.reportDate && formatDay(header.reportDate) };
};

describe("readReportHeader", () => {
  it("reads the Created: line", () => {
    expect(read("# 2024-W47\n\nCreated: 2024年11月23日 09:43\n")).toEqual({
      title: "2024-W47", department: "", reportDate: "2024-11-23", reportDateSource: "created",
    });
  });

  it("reads a 日期： line and the department from the title", () => {
    expect(read("# 风控平台部 周报 2024-W49\n\n日期：2024-12-06\n")).toMatchObject({
      title: "风控平台部 周报 2024-W49", department: "风控平台部", reportDate: "2024-12-06", reportDateSource: "created",
    });
  });

  it("falls back to the Saturday of the title's ISO week", () => {
    expect(read("# 2024-W47\n\n- 【贝易转】")).toMatchObject({ reportDate: "2024-11-23", reportDateSource: "title-week" });
    expect(read("# 支付中台 2025年第1周 周报")).toMatchObject({ reportDate: "2025-01-04", department: "支付中台" });
  });

  it("falls back to the reference date, then to nothing", () => {
    expect(read("# 周报\n", "2024-12-06")).toMatchObject({ reportDate: "2024-12-06", reportDateSource: "argument" });
    expect(read("# 周报\n")).toMatchObject({ reportDate: null, reportDateSource: null });
    expect(read("# 周报\n", "not-a-date")).toMatchObject({ reportDate: null });
  });

  it("ignores a week that does not exist", () => {
    expect(read("# 2024-W60")).toMatchObject({ reportDate: null });
  });

  it("labels ISO weeks across the year boundary", () => {
    expect(isoWeekLabel(new Date(2024, 11, 30))).toBe("2025-W01");
    expect(isoWeekLabel(new Date(2024, 10, 23))).toBe("2024-W47");
  });
});
