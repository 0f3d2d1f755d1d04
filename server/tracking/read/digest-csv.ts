import { messages } from "../../../lib/messages";
import type { DigestItem } from "./get-weekly-digest";

/**
 * RFC 4180 CSV with a BOM, so Excel opens the Chinese text correctly. Its
 * words are the digest page's (lib/messages.ts), so the file and the page
 * name each section alike.
 */
export function digestCsv(items: readonly DigestItem[]): string {
  const rows = items.map((i) => [
    messages.week.sections[i.kind],
    i.group,
    i.initiativeName,
    i.title,
    i.date,
    i.baselineDate,
    i.slipDays,
    i.movedDays,
    i.reason,
  ]);
  return "\uFEFF" + [messages.week.csvHeader, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && typeof value === "string" ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
