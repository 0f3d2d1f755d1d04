// A weekly report kept in Excel reads as the table it is: a row a project, the
// title row dating the report and naming the department, a section row grouping.
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMITS, readReportFiles } from "../../lib/report-input";
import { weeklyWorkbook } from "../../lib/report-input/fixtures/weekly-workbook";
import { extractReport } from "./extract-report";

describe("a report read from an Excel sheet", () => {
  it("gives the sheet's projects with their progress and dates, its title's date and department", async () => {
    const read = await readReportFiles([{ name: "周报.xlsx", bytes: await weeklyWorkbook() }], DEFAULT_INPUT_LIMITS);
    const sheet = read.ok ? read.files[0] : null;
    if (!sheet?.ok) throw new Error(`not read: ${JSON.stringify(sheet ?? read)}`);
    const report = extractReport(sheet.text, { fileName: sheet.name });
    expect([report.reportDate, report.department]).toEqual(["2024-12-06", "研发部"]);
    expect(report.entries.map((e) => [e.group, e.initiative, e.progress, e.milestones.map((m) => `${m.date} ${m.title}`).sort()])).toEqual([
      ["", "支付网关", 80, ["2024-12-10 提测", "2024-12-13 上线", "2024-12-20 上线"]],
      ["平台", "风控平台", 50, ["2024-12-20 灰度"]],
    ]);
  });
});
