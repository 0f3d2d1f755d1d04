// Plain string scanning for the links, images and HTML tags of a line. A
// bounded pattern such as `<[^>]{0,500}>` is retried at every `<` of a run and
// rescans up to its bound each time; these helpers read each character once.

const SPACE = /\s/;

/** What `\s` matches (without the `u` flag), for one character. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** What `\w` matches (without the `u` flag), for one character. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9_]$/.test(ch);
}

/** Whether `word` (lower-case ASCII letters) stands at `at`, in any case, as under the `i` flag. */
export function asciiWordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    // `| 0x20` lower-cases A–Z and leaves a–z; no other code unit lands on a–z.
    if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * A search for the first index at or after `from` whose character passes
 * `test` (`text.length` when none). The last answer is remembered: calls whose
 * `from` never decreases read each character once in all.
 */
export function finder(text: string, test: (ch: string) => boolean): (from: number) => number {
  let askedFrom = 0;
  let found = -1;
  return (from) => {
    // Nothing in [askedFrom, found) passes, so any `from` in that span has the same answer.
    if (found >= 0 && from >= askedFrom && from <= found) return found;
    let at = from;
    while (at < text.length && !test(text[at]!)) at++;
    askedFrom = from;
    found = at;
    return at;
  };
}
