import type { ExtractedEntry } from "~/server/extract/types";

const HEADING = /^(#{1,6})\s+(.*)$/;

/** The Markdown level of the heading an entry is, or of the heading that names its group: what "projects are at this level" names. */
export function headingLevelOf(entry: Pick<ExtractedEntry, "group" | "source">, reportLines: readonly string[]): number | null {
  const own = HEADING.exec(entry.source.text);
  if (own) return own[1]!.length;
  if (!entry.group) return null;
  for (const line of reportLines) {
    const m = HEADING.exec(line.trim());
    if (m && m[2]!.replace(/[*【】\s]/g, "").includes(entry.group.replace(/\s/g, ""))) return m[1]!.length;
  }
  return null;
}
