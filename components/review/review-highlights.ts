import { messages } from "~/lib/messages";
import type { ExtractionResult } from "~/server/extract/types";
import type { LineHighlight } from "../report/line-highlight";

const ORDER: Record<LineHighlight["kind"], number> = { initiative: 0, milestone: 1, progress: 2, unread: 3 };

/**
 * The lines of the previewed text the extraction read, as the report page marks
 * a stored report: each entry's own line, each milestone's and completion's
 * line, each progress figure's line, and the lines it did not trust (未识别).
 * In line order; one mark per kind, label and line.
 */
export function reviewHighlights(extraction: Pick<ExtractionResult, "entries" | "unread">): LineHighlight[] {
  const all: LineHighlight[] = [];
  for (const entry of extraction.entries) {
    all.push({ line: entry.source.line, kind: "initiative", label: entry.initiative });
    for (const m of entry.milestones) all.push({ line: m.source.line, kind: "milestone", label: `${m.title} ${m.date}` });
    for (const c of entry.completions ?? [])
      all.push({ line: c.source.line, kind: "milestone", label: messages.reviewText.completion(c.title) });
    if (entry.progressSource && entry.progress !== null)
      all.push({ line: entry.progressSource.line, kind: "progress", label: messages.reviewText.progress(entry.progress) });
  }
  for (const u of extraction.unread ?? []) all.push({ line: u.line, kind: "unread", label: messages.review.unreadReasons[u.reason] });
  const seen = new Set<string>();
  return all
    .filter((h) => {
      const key = `${h.line}\u0000${h.kind}\u0000${h.label}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.line - b.line || ORDER[a.kind] - ORDER[b.kind]);
}
