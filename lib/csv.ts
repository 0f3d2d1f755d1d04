// RFC 4180 CSV for spreadsheets: one module for every download (the week's
// digest, the audit log), so each escapes fields alike.

import { neutraliseFormula } from "./export/neutralise-formula";

export type CsvValue = string | number | null;

/**
 * One field: quoted when it holds a quote, comma or line break; a text starting
 * with =, +, - or @ gets a leading ' so a spreadsheet shows it instead of running it.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const safe = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: a BOM (so Excel reads the Chinese text as UTF-8), CRLF line ends, a trailing CRLF. */
export function csvDocument(header: readonly CsvValue[], rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
