// One rule for every spreadsheet download (CSV and Excel): a text a
// spreadsheet would run as a formula is shown as text instead.

/** A text starting with =, +, - or @ gets a leading ' (how spreadsheets mark literal text); anything else is returned as is. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
