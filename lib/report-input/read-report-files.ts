// The reports in the files a user chose, dropped or named on the command line:
// Markdown and text in any encoding decodeText knows, Word (.docx) converted
// to Markdown, Excel (.xlsx) a report a sheet, and the files of a .zip (one
// level deep). Each file is read or refused on its own, with its reason; only
// the batch as a whole can be too large.
import { messages } from "../messages";
import { type TextEncoding, decodeText } from "./decode-text";
import { docxToMarkdown } from "./docx-to-markdown";
import { xlsxToMarkdown } from "./xlsx-to-markdown";
import type { InputLimits } from "./limits";
import { declaredSize, readZip } from "./read-zip";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type ReportFormat = "markdown" | "docx" | "xlsx";

/** A file read as a report's text (Markdown), or refused. */
export type ReportFile =
  | { name: string; ok: true; text: string; format: ReportFormat; encoding: TextEncoding | null }
  | { name: string; ok: false; message: string };

export type ReportFiles = { ok: true; files: ReportFile[] } | { ok: false; message: string };

const TEXT = /\.(md|markdown|txt)$/i;

/** An Office file (a zip inside): refused when it would unpack past the batch limit or is broken. */
async function readOffice(
  name: string,
  bytes: Uint8Array,
  limits: InputLimits,
  broken: string,
  read: () => Promise<ReportFile[]>,
): Promise<ReportFile[]> {
  const m = messages.importer;
  const size = declaredSize(bytes);
  if (size === null) return [{ name, ok: false, message: broken }];
  if (size > limits.batchBytes) return [{ name, ok: false, message: m.zipTooLarge(limits.batchBytes) }];
  try {
    return await read();
  } catch {
    return [{ name, ok: false, message: broken }];
  }
}

async function readDocx(name: string, bytes: Uint8Array): Promise<ReportFile[]> {
  const text = await docxToMarkdown(bytes);
  if (text.trim() === "") return [{ name, ok: false, message: messages.importer.blank }];
  return [{ name, ok: true, text, format: "docx", encoding: null }];
}

/** A sheet a report: one sheet keeps the file's name, several are named file/sheet as a .zip's files are. */
async function readXlsx(name: string, bytes: Uint8Array): Promise<ReportFile[]> {
  const sheets = await xlsxToMarkdown(bytes);
  if (sheets.length === 0) return [{ name, ok: false, message: messages.importer.xlsxEmpty }];
  return sheets.map((sheet) => ({
    name: sheets.length === 1 ? name : `${name}/${sheet.name}`,
    ok: true,
    text: sheet.text,
    format: "xlsx",
    encoding: null,
  }));
}

/** One file that is not a .zip: a report, or a report a sheet of a workbook. */
async function readOne(name: string, bytes: Uint8Array, limits: InputLimits): Promise<ReportFile[]> {
  const m = messages.importer;
  if (bytes.byteLength > limits.fileBytes) return [{ name, ok: false, message: m.fileTooLarge(limits.fileBytes) }];
  if (/\.docx$/i.test(name)) return readOffice(name, bytes, limits, m.docxBroken, () => readDocx(name, bytes));
  if (/\.xlsx$/i.test(name)) return readOffice(name, bytes, limits, m.xlsxBroken, () => readXlsx(name, bytes));
  if (/\.(doc|wps)$/i.test(name)) return [{ name, ok: false, message: m.oldWord }];
  if (/\.(xls|et)$/i.test(name)) return [{ name, ok: false, message: m.oldExcel }];
  if (!TEXT.test(name)) return [{ name, ok: false, message: m.fileType }];
  const decoded = decodeText(bytes);
  return [
    decoded.ok
      ? { name, ok: true, text: decoded.text, format: "markdown", encoding: decoded.encoding }
      : { name, ok: false, message: decoded.message },
  ];
}

export async function readReportFiles(files: readonly InputFile[], limits: InputLimits): Promise<ReportFiles> {
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > limits.batchBytes) return { ok: false, message: messages.importer.batchTooLarge(limits.batchBytes) };
  const out: ReportFile[] = [];
  for (const { name, bytes } of files) {
    if (!/\.zip$/i.test(name)) {
      out.push(...(await readOne(name, bytes, limits)));
      continue;
    }
    const zip = readZip(bytes, limits);
    if (!zip.ok) {
      out.push({ name, ok: false, message: zip.message });
      continue;
    }
    for (const entry of zip.entries) out.push(...(await readOne(`${name}/${entry.name}`, entry.bytes, limits)));
    out.push(...zip.refused.map((r) => ({ name: `${name}/${r.name}`, ok: false as const, message: r.message })));
  }
  return { ok: true, files: out };
}
