import { csvDocument } from "../../../lib/csv";
import { messages } from "../../../lib/messages";
import type { DigestItem } from "./get-weekly-digest";

/** One digest item as a row under `messages.week.csvHeader`: the CSV's and the Excel sheet's. */
export function digestRow(i: DigestItem): (string | number | null)[] {
  return [
    messages.week.sections[i.kind],
    i.group,
    i.initiativeName,
    i.title,
    i.date,
    i.baselineDate,
    i.slipDays,
    i.movedDays,
    i.reason,
    i.progressBefore,
    i.progressAfter,
    i.source?.text ?? null,
  ];
}

/**
 * RFC 4180 CSV with a BOM, so Excel opens the Chinese text correctly. Its
 * words are the digest page's (lib/messages.ts), so the file and the page
 * name each section alike.
 */
export function digestCsv(items: readonly DigestItem[]): string {
  return csvDocument(messages.week.csvHeader, items.map(digestRow));
}
