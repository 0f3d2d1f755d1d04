// What the review shows about the extraction itself, beside the changes: where
// the report date came from, and the lines the extractor saw but did not read.
import { messages } from "~/lib/messages";
import type { ReportDateSource, SourceLine, UnreadLine } from "~/server/extract/types";

/** 2017-05-19（取自文件名）; the bare date for a source this version does not know. */
export function reportDateWithSource(date: string, source: ReportDateSource | undefined): string {
  const label = source ? (messages.importer.reportDateSources as Record<string, string>)[source] : undefined;
  return label ? `${date}（${label}）` : date;
}

export interface UnreadGroup {
  reason: UnreadLine["reason"];
  label: string;
  lines: SourceLine[];
}

const ORDER: readonly UnreadLine["reason"][] = ["date_without_milestone", "date_disagreement", "unsure_item"];

/** Unread lines by reason (dated lines first), each group in line order without repeats; no group when none. */
export function groupUnread(unread: readonly UnreadLine[] | undefined): UnreadGroup[] {
  return ORDER.flatMap((reason) => {
    const seen = new Set<number>();
    const lines = (unread ?? [])
      .filter((u) => u.reason === reason && !seen.has(u.line) && seen.add(u.line))
      .map(({ line, text }) => ({ line, text }))
      .sort((a, b) => a.line - b.line);
    return lines.length > 0 ? [{ reason, label: messages.review.unreadReasons[reason], lines }] : [];
  });
}
