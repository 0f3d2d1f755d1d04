import type { ExtractedEntry } from "~/server/extract/types";

export interface EntryAround {
  /** index into the entries */
  index: number;
  /** the entry lists the line among its own (not only spans it) */
  listed: boolean;
}

/**
 * The entry a line of the report belongs to, for 补充里程碑… on a 未识别 line:
 * the entry that lists the line, else the narrowest entry whose span (its
 * first to its last line) holds it; null when the line stands outside every
 * entry (the PM chooses then).
 */
export function entryAround(entries: readonly Pick<ExtractedEntry, "source" | "lines">[], line: number): EntryAround | null {
  const listing = entries.findIndex((e) => e.source.line === line || e.lines.some((l) => l.line === line));
  if (listing >= 0) return { index: listing, listed: true };
  let best: EntryAround | null = null;
  let bestWidth = Infinity;
  for (const [index, entry] of entries.entries()) {
    const numbers = [entry.source.line, ...entry.lines.map((l) => l.line)];
    const first = Math.min(...numbers);
    const last = Math.max(...numbers);
    if (line >= first && line <= last && last - first < bestWidth) [best, bestWidth] = [{ index, listed: false }, last - first];
  }
  return best;
}
