// The reports in the files a user chose, dropped or named on the command line:
// Markdown and text in any encoding decodeText knows, Word (.docx) converted
// to Markdown, and the files of a .zip (one level deep). Each file is read or
// refused on its own, with its reason; only the batch as a whole can be too large.
import { messages } from "../messages";
import { type TextEncoding, decodeText } from "./decode-text";
import { docxToMarkdown } from "./docx-to-markdown";
import type { InputLimits } from "./limits";
import { declaredSize, readZip } from "./read-zip";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A file read as a report's text (Markdown), or refused. */
export type ReportFile =
  | { name: string; ok: true; text: string; format: "markdown" | "docx"; encoding: TextEncoding | null }
  | { name: string; ok: false; message: string };

export type ReportFiles = { ok: true; files: ReportFile[] } | { ok: false; message: string };

const TEXT = /\.(md|markdown|txt)$/i;

async function readDocx(name: string, bytes: Uint8Array, limits: InputLimits): Promise<ReportFile> {
  const m = messages.importer;
  const size = declaredSize(bytes);
  if (size === null) return { name, ok: false, message: m.docxBroken };
  if (size > limits.batchBytes) return { name, ok: false, message: m.zipTooLarge(limits.batchBytes) };
  let text: string;
  try {
    text = await docxToMarkdown(bytes);
  } catch {
    return { name, ok: false, message: m.docxBroken };
  }
  if (text.trim() === "") return { name, ok: false, message: m.blank };
  return { name, ok: true, text, format: "docx", encoding: null };
}

/** One file that is not a .zip. */
async function readOne(name: string, bytes: Uint8Array, limits: InputLimits): Promise<ReportFile> {
  const m = messages.importer;
  if (bytes.byteLength > limits.fileBytes) return { name, ok: false, message: m.fileTooLarge(limits.fileBytes) };
  if (/\.docx$/i.test(name)) return readDocx(name, bytes, limits);
  if (/\.(doc|wps)$/i.test(name)) return { name, ok: false, message: m.oldWord };
  if (!TEXT.test(name)) return { name, ok: false, message: m.fileType };
  const decoded = decodeText(bytes);
  return decoded.ok
    ? { name, ok: true, text: decoded.text, format: "markdown", encoding: decoded.encoding }
    : { name, ok: false, message: decoded.message };
}

export async function readReportFiles(files: readonly InputFile[], limits: InputLimits): Promise<ReportFiles> {
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > limits.batchBytes) return { ok: false, message: messages.importer.batchTooLarge(limits.batchBytes) };
  const out: ReportFile[] = [];
  for (const { name, bytes } of files) {
    if (!/\.zip$/i.test(name)) {
      out.push(await readOne(name, bytes, limits));
      continue;
    }
    const zip = readZip(bytes, limits);
    if (!zip.ok) {
      out.push({ name, ok: false, message: zip.message });
      continue;
    }
    for (const entry of zip.entries) out.push(await readOne(`${name}/${entry.name}`, entry.bytes, limits));
    out.push(...zip.refused.map((r) => ({ name: `${name}/${r.name}`, ok: false as const, message: r.message })));
  }
  return { ok: true, files: out };
}
