// One table as an Excel workbook (exceljs): typed cells (dates are real dates
// shown yyyy-mm-dd, figures are numbers), the header frozen and filterable.
// Every spreadsheet download of the app goes through here, so each treats
// text alike: a leading =, +, - or @ is neutralised (lib/export/neutralise-formula.ts).
import ExcelJS from "exceljs";
import { neutraliseFormula } from "../../lib/export/neutralise-formula";

export type XlsxColumnType = "text" | "date" | "number";

export interface XlsxColumn {
  header: string;
  /** in characters */
  width: number;
  /** a `date` column takes `yyyy-MM-dd` texts; a `number` column numbers */
  type: XlsxColumnType;
}

export type XlsxValue = string | number | null;

const DATE_FORMAT = "yyyy-mm-dd";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as the UTC midnight Excel stores it (exceljs writes dates as UTC serials). */
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);

function cellValue(value: XlsxValue, type: XlsxColumnType): string | number | Date | null {
  if (value === null) return null;
  if (type === "date" && typeof value === "string" && DATE.test(value)) return excelDay(value);
  if (typeof value === "number") return value;
  return neutraliseFormula(value);
}

/** The workbook's bytes: one sheet named `sheet`, a bold frozen header with an auto-filter over every column. */
export async function xlsxTable(
  sheet: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly XlsxValue[])[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.type === "date" ? { numFmt: DATE_FORMAT } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(columns.map((c, i) => cellValue(row[i] ?? null, c.type)));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // a copy: the Node Buffer exceljs returns may be a view into a shared pool
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
