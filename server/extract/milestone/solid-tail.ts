import { isSpace } from "../outline/text-scan";

/** A span `[start, end)` of a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The end of `text[0, end)`, with `cut` left out, as far back as its last
 * `count` non-space characters, each run of spaces shortened to one. A pattern
 * anchored with `$` that takes spaces only as `\s*` or `\s+` and whose matches
 * hold at most `count` non-space characters answers the same on it as on the
 * whole text. Built once per text: each tail then takes `count` steps, however
 * long the text and its runs of spaces (thousands of dates share one clause).
 */
export function solidTail(text: string, count: number): (end: number, cut?: Span) => string {
  let lastSolid: Int32Array | null = null;
  // lastSolid[i]: the index of the last non-space character before i, -1 when none.
  const solidBefore = (i: number): number => {
    if (!lastSolid) {
      lastSolid = new Int32Array(text.length + 1);
      lastSolid[0] = -1;
      for (let k = 0; k < text.length; k++) lastSolid[k + 1] = isSpace(text[k]) ? lastSolid[k]! : k;
    }
    return lastSolid[i]!;
  };

  /** The tail of `text[from, to)` holding up to `wanted` non-space characters, and how many it holds. */
  const tailOf = (from: number, to: number, wanted: number): { tail: string; solid: number } => {
    let tail = "";
    let solid = 0;
    let i = to;
    while (i > from && solid < wanted) {
      const j = Math.max(solidBefore(i), from - 1);
      if (j < i - 1) tail = ` ${tail}`;
      if (j < from) break;
      tail = text[j]! + tail;
      solid++;
      i = j;
    }
    if (i > from && solid === wanted && solidBefore(i) < i - 1) tail = ` ${tail}`;
    return { tail, solid };
  };

  return (end, cut) => {
    if (!cut || cut.end > end) return tailOf(0, end, count).tail;
    const after = tailOf(cut.end, end, count);
    return after.solid < count ? tailOf(0, cut.start, count - after.solid).tail + after.tail : after.tail;
  };
}
