import { describe, expect, it } from "vitest";
import { FUTURE_WORDS } from "../date/parse-date-phrase";
import { matchBefore } from "./match-before";

/** Texts of words that match, nearly match or match only when cut (`due|dates`). */
function texts(count: number): string[] {
  const pieces = ["预计", "预", "计划", "待", "due", "dues", " due ", "deadline", "dead", "ETA", "et", "x", " ", "，", "上线", "12/5"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(""),
  );
}

describe("matchBefore", () => {
  it("answers as the pattern tested on every prefix", () => {
    const futureBefore = matchBefore(FUTURE_WORDS, "deadline".length);
    for (const text of texts(500)) {
      const before = futureBefore(text);
      for (let end = 0; end <= text.length; end++)
        expect(before(end), `${JSON.stringify(text)} at ${end}`).toBe(FUTURE_WORDS.test(text.slice(0, end)));
    }
  });

  it("finds a match the prefix alone has, where a word boundary falls at its end", () => {
    const before = matchBefore(/\bdue\b/, 3)("overdue dues");
    expect(before(12)).toBe(false);
    expect(before(11)).toBe(true); // `overdue due|s`
  });

  it("finds a shorter match that ends before the text's first one", () => {
    const before = matchBefore(/abcdef|cd/, 6)("xabcdef");
    expect(before(5)).toBe(true); // `xabcd`: cd, inside the first match abcdef
    expect(before(4)).toBe(false);
  });
});
