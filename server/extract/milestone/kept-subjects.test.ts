import { describe, expect, it } from "vitest";
import { KeptSubjects } from "./kept-subjects";

/** What withoutRepeats answered with a scan of every kept subject. */
function scanned(subjects: readonly string[]): boolean[] {
  const kept: string[] = [];
  return subjects.map((subject) => {
    const repeats = kept.some((s) => s.includes(subject) || subject.includes(s));
    if (!repeats) kept.push(subject);
    return repeats;
  });
}

function indexed(subjects: readonly string[]): boolean[] {
  const kept = new KeptSubjects();
  return subjects.map((subject) => {
    const repeats = kept.repeats(subject);
    if (!repeats) kept.keep(subject);
    return repeats;
  });
}

describe("KeptSubjects", () => {
  it("answers as a scan of every kept subject, past the point where it indexes them", () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = "支付联调上线前后端网关";
    for (let round = 0; round < 200; round++) {
      const subjects = Array.from({ length: 60 }, () => {
        // Mostly short subjects, some empty, some longer than the indexed length.
        const length = next() < 0.05 ? 0 : next() < 0.1 ? 41 + Math.floor(next() * 20) : 1 + Math.floor(next() * 6);
        return Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join("");
      });
      expect(indexed(subjects)).toEqual(scanned(subjects));
    }
  });

  it("keeps thousands of distinct subjects of one event and day, and still finds a repeat among them", () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `模块${String.fromCharCode(0x5c00 + (i % 64), 0x5c00 + Math.floor(i / 64))}`);
    expect(indexed(names).filter((repeats) => !repeats).length).toBe(20_000);
    expect(indexed(["前后端联调", ...names, "联调"]).at(-1)).toBe(true);
  });
});
