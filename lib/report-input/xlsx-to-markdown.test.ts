import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { weeklyWorkbook } from "./fixtures/weekly-workbook";
import { xlsxToMarkdown } from "./xlsx-to-markdown";

describe("xlsxToMarkdown", () => {
  it("writes each visible sheet with content as a report: title, tables under the header, sections, merged cells empty below their first", async () => {
    const sheets = await xlsxToMarkdown(await weeklyWorkbook());
    expect(sheets.map((s) => s.name)).toEqual(["第49周", "第50周"]);
    expect(sheets[0]!.text).toBe(
      [
        "# 研发部周报（2024.12.02-2024.12.06）",
        "",
        "| 项目 | 本周进展 | 下周计划 | 进度 | 计划上线 |",
        "| --- | --- | --- | --- | --- |",
        "| 支付网关 | 完成联调<br>开始压测 | 12/10提测 | 80% | 2024-12-13 |",
        "|  | 对账模块评审 |  | 30% | 2024-12-20 |",
        "",
        "## 二、平台",
        "",
        "| 项目 | 本周进展 | 下周计划 | 进度 | 计划上线 |",
        "| --- | --- | --- | --- | --- |",
        "| 风控平台 | 规则引擎开发 | 12/20 灰度 | 50% |  |",
        "",
        "备注：本周无风险，下周关注灰度数据。",
        "",
      ].join("\n"),
    );
    expect(sheets[1]!.text).toBe("| 项目 | 进度 |\n| --- | --- |\n| 支付网关 | 90% |\n");
  });

  it("titles the sheet by its first text row only, and keeps a row whose one filled cell is not its first in the table", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("周报");
    sheet.addRow(["支付组周报"]);
    sheet.addRow(["日期：2024-12-06"]);
    sheet.addRow(["项目", "进展", "计划"]);
    sheet.addRow(["网关", "联调完成", "12/10提测"]);
    sheet.addRow([null, "对账评审", null]);
    const [read] = await xlsxToMarkdown(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read!.text).toBe(
      "# 支付组周报\n\n日期：2024-12-06\n\n| 项目 | 进展 | 计划 |\n| --- | --- | --- |\n| 网关 | 联调完成 | 12/10提测 |\n|  | 对账评审 |  |\n",
    );
  });

  it("keeps a pipe inside a cell and rejects bytes that are no workbook", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("周报").addRow(["项目", "说明"]).commit();
    book.getWorksheet("周报")!.addRow(["网关", "A|B 方案"]);
    const [sheet] = await xlsxToMarkdown(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    expect(sheet!.text).toContain("| 网关 | A\\|B 方案 |");
    await expect(xlsxToMarkdown(new TextEncoder().encode("项目,进度\n网关,80%"))).rejects.toThrow();
  });
});
