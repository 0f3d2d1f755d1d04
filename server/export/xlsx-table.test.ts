import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type XlsxColumn, xlsxTable } from "./xlsx-table";

const columns: XlsxColumn[] = [
  { header: "项目", width: 20, type: "text" },
  { header: "日期", width: 12, type: "date" },
  { header: "延期(天)", width: 8, type: "number" },
];

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe("xlsxTable", () => {
  it("writes typed cells under a frozen, filtered header", async () => {
    const sheet = await readBack(await xlsxTable("时间线", columns, [["支付上线", "2024-11-28", 21]]));
    expect(sheet.name).toBe("时间线");
    expect(sheet.getRow(1).values).toEqual([undefined, "项目", "日期", "延期(天)"]);
    expect(sheet.getCell("A2").value).toBe("支付上线");
    expect(sheet.getCell("B2").value).toEqual(new Date("2024-11-28T00:00:00Z"));
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("C2").value).toBe(21);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("neutralises a text a spreadsheet would run, leaves empty cells empty and keeps a non-date text in a date column", async () => {
    const sheet = await readBack(await xlsxTable("t", columns, [['=HYPERLINK("x")', "本月底", null]]));
    expect(sheet.getCell("A2").value).toBe('\'=HYPERLINK("x")');
    expect(sheet.getCell("B2").value).toBe("本月底");
    expect(sheet.getCell("C2").value).toBeNull();
  });
});
