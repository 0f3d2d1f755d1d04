import { LIST_DEPTHS } from "~/lib/layout-profile/layout-profile";
import { listItemDepths, type ListItemDepth } from "~/server/extract/profile/list-depths";
import type { ExtractedEntry } from "~/server/extract/types";

// Every entry of one review asks of the same lines: they are read once.
const read = new WeakMap<readonly string[], Map<number, ListItemDepth>>();

/**
 * The list depth of the list item an entry comes from (1 = the outermost list
 * under its heading), and whether list items one depth down are below it: what
 * "projects are at this level" names on a list. Null for an entry that is no
 * list item, or one deeper than a profile can say (l6).
 */
export function listDepthOf(entry: Pick<ExtractedEntry, "source">, reportLines: readonly string[]): ListItemDepth | null {
  let depths = read.get(reportLines);
  if (!depths) {
    depths = listItemDepths(reportLines);
    read.set(reportLines, depths);
  }
  const found = depths.get(entry.source.line);
  if (!found || found.depth > LIST_DEPTHS.length) return null;
  return { depth: found.depth, deeper: found.deeper && found.depth < LIST_DEPTHS.length };
}
