// An Excel (.xlsx, also what WPS saves) report as the reader's Markdown. Each
// sheet with content is a report of its own: a workbook keeps one week (or one
// team) a sheet as often as one report over several. In a sheet, a row whose
// only filled cell is its first is text: the first such row is the report's
// title (merged across, `研发部周报（2024.12.02-12.06）`); after the first table,
// a short one names a section (`二、重点项目`) and a longer one is a note. The
// other rows are a GFM table under the sheet's first such row, its header,
// repeated after each section. A merged cell's text is in its first cell only,
// as a copy from Excel gives it, so a project merged down over its rows reads
// as the reader's merged-cell tables do.
// exceljs is loaded on first use: the import page only pays for it with an .xlsx.
import type { Cell, CellValue, Worksheet } from "exceljs";

export interface XlsxSheet {
  name: string;
  text: string;
}

/** A section's name: short, and no sentence or field (`备注：本周无风险。`) */
const SECTION = /^[^。；;：:]{1,20}$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** Excel keeps a date as a day count without a zone; exceljs gives it as that day's UTC midnight. */
const dayOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dayOf(value);
  if (typeof value === "number") {
    // 0.8 shown as 80%: the reader wants what the sheet shows
    if (numFmt?.includes("%")) return `${Math.round(value * 10000) / 100}%`;
    return String(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return valueText((value as { result?: CellValue }).result ?? null, numFmt);
  if ("hyperlink" in value) return valueText(value.text as CellValue, numFmt);
  return ""; // an error value (#N/A) says nothing
}

/** A cell as one line of a table cell: its own line breaks (Alt+Enter) as <br>, pipes escaped. */
function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master !== cell) return "";
  return valueText(cell.value, cell.numFmt)
    .trim()
    .replace(/\s*\n\s*/g, "<br>")
    .replace(/\|/g, "\\|");
}

function sheetMarkdown(sheet: Worksheet): string {
  const columns = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    if (row.hidden) return;
    const cells: string[] = [];
    for (let c = 1; c <= columns; c++) if (!sheet.getColumn(c).hidden) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
  });
  // columns that are empty in every row are layout, not data
  const used = (rows[0] ?? []).map((_, c) => rows.some((r) => r[c] !== ""));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const out: string[] = [];
  let header: string[] | null = null;
  let inTable = false;
  for (const row of rows.map((r) => r.filter((_, c) => used[c]))) {
    const filled = row.filter((cell) => cell !== "").length;
    if (filled === 0) continue;
    // one filled cell, the first: a title, section or note written across; elsewhere it is a row's own cell
    if (filled === 1 && row[0] !== "") {
      const text = row[0]!;
      out.push("", out.length === 0 ? `# ${text}` : header !== null && SECTION.test(text) ? `## ${text}` : text, "");
      inTable = false;
      continue;
    }
    if (!inTable) {
      out.push(line(header ?? row), `|${" --- |".repeat(row.length)}`);
      inTable = true;
      if (!header) {
        header = row;
        continue;
      }
    }
    out.push(line(row));
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The visible sheets of a workbook that have content, in order, each as Markdown. Throws when the bytes are no workbook. */
export async function xlsxToMarkdown(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  // exceljs opens any zip; a workbook has one sheet at least, hidden or not
  if (workbook.worksheets.length === 0) throw new Error("not a workbook");
  return workbook.worksheets
    .filter((sheet) => sheet.state === "visible")
    .map((sheet) => ({ name: sheet.name, text: sheetMarkdown(sheet) }))
    .filter((sheet) => sheet.text !== "")
    .map((sheet) => ({ ...sheet, text: `${sheet.text}\n` }));
}
