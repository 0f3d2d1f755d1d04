import { describe, expect, it } from "vitest";
import { solidTail } from "./solid-tail";
import { DONE_BEFORE_EVENT } from "./state-words";

function texts(count: number): string[] {
  const pieces = ["已", "经", "于", "在", "全部", "顺利", "成功", "全", " ", "   ", "\u3000", "\t", "12/5", "上线", "x"];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(""),
  );
}

describe("solidTail", () => {
  it("keeps the last non-space characters, each run of spaces as one", () => {
    const tail = solidTail("abc   de  f ", 3);
    expect(tail(12)).toBe(" de f ");
    expect(tail(3)).toBe("abc");
    expect(tail(0)).toBe("");
  });

  it("leaves the cut out, joining what stands on each side of it", () => {
    const tail = solidTail("已于 12/5 上线", 5);
    expect(tail(8, { start: 3, end: 7 })).toBe("已于  ");
    expect(tail(10, { start: 3, end: 7 })).toBe("已于  上线");
    // A cut that does not lie before the end leaves nothing out.
    expect(tail(3, { start: 3, end: 7 })).toBe("已于 ");
  });

  it("answers DONE_BEFORE_EVENT as the whole text without the cut does", () => {
    for (const text of texts(400)) {
      const tail = solidTail(text, 5);
      for (let end = 0; end <= text.length; end++) {
        expect(DONE_BEFORE_EVENT.test(tail(end)), `${JSON.stringify(text)} to ${end}`).toBe(DONE_BEFORE_EVENT.test(text.slice(0, end)));
        for (let start = 0; start < end; start += 3) {
          const cut = { start, end: Math.min(end, start + 4) };
          const whole = text.slice(0, cut.start) + text.slice(cut.end, end);
          expect(DONE_BEFORE_EVENT.test(tail(end, cut)), `${JSON.stringify(text)} to ${end} without ${start}`).toBe(
            DONE_BEFORE_EVENT.test(whole),
          );
        }
      }
    }
  });
});
