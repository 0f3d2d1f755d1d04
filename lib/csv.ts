// RFC 4180 CSV for spreadsheets: one module for every download (the week's
// digest, the audit log), so each escapes fields alike.

export type CsvValue = string | number | null;

/**
 * One field: quoted when it holds a quote, comma or line break; a text starting
 * with =, +, - or @ gets a leading ' so a spreadsheet shows it instead of running it.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const s = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && typeof value === "string" ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: a BOM (so Excel reads the Chinese text as UTF-8), CRLF line ends, a trailing CRLF. */
export function csvDocument(header: readonly CsvValue[], rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
