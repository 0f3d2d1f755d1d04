import { csvDocument } from "../../../lib/csv";
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
    i.progressBefore,
    i.progressAfter,
    i.source?.text ?? null,
  ]);
  return csvDocument(messages.week.csvHeader, rows);
}
