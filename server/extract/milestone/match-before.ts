/**
 * `pattern.test(text.slice(0, end))` for many `end`s of one text: one scan of
 * the text, then a few characters per question. Testing each prefix anew
 * rescans (and copies) the clause once per date, and a clause can hold thousands.
 *
 * Exact for a pattern whose matches are at most `longest` characters long, whose
 * lookbehinds look no further back than that, and whose matches stay matches in
 * any prefix that holds them (lookaheads such as `\b` after a word character or
 * `(?!…)`, which the end of the text also satisfies).
 */
export function matchBefore(pattern: RegExp, longest: number): (text: string) => (end: number) => boolean {
  const global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}g`);
  return (text) => {
    global.lastIndex = 0;
    const first = global.exec(text);
    const firstEnd = first ? first.index + first[0].length : Infinity;
    return (end) => {
      if (firstEnd <= end) return true;
      // The text's first match ends after `end`, so it and every later one start after
      // `end - longest`; so does a match only the prefix has, which ends at its end (`due|dates`).
      const from = Math.max(0, end - longest);
      const windowStart = Math.max(0, from - longest);
      global.lastIndex = from - windowStart;
      return global.exec(text.slice(windowStart, end)) !== null;
    };
  };
}
