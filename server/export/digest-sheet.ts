// The week's digest as a table: the CSV's columns (lib/messages.ts week.csvHeader), typed for Excel.
import { messages } from "../../lib/messages";
import { type DigestItem, digestRow } from "../tracking";
import type { XlsxColumn, XlsxColumnType, XlsxValue } from "./xlsx-table";

const TYPES: readonly XlsxColumnType[] = [
  "text",
  "text",
  "text",
  "text",
  "date",
  "date",
  "number",
  "number",
  "text",
  "number",
  "number",
  "text",
];
const WIDTHS = [12, 18, 28, 20, 12, 12, 12, 12, 40, 10, 10, 40];

export const DIGEST_COLUMNS: readonly XlsxColumn[] = messages.week.csvHeader.map((header, i) => ({
  header,
  width: WIDTHS[i] ?? 12,
  type: TYPES[i] ?? "text",
}));

/** The rows under DIGEST_COLUMNS, in the digest's order. */
export function digestRows(items: readonly DigestItem[]): XlsxValue[][] {
  return items.map(digestRow);
}
