import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  EMPTY_PROFILE,
  HEADING_LEVELS,
  LIST_DEPTHS,
  PROFILE_RULE_KINDS,
  type LayoutProfile,
} from "../../../lib/layout-profile/layout-profile";
import { REPO_ROOT } from "../../testing/score-extraction";
import { extractReport } from "../extract-report";
import { ExtractionError } from "../types";

const CORPUS = path.join(REPO_ROOT, "samples/corpus");
const reports = readdirSync(path.join(CORPUS, "gold"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(CORPUS, "gold", f), "utf8")) as { report: string; reportDate: string })
  .map(({ report, reportDate }) => ({ name: report, reportDate, text: readFileSync(path.join(CORPUS, "reports", report), "utf8") }));

/** mulberry32: seeded, so a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = [...HEADING_LEVELS, ...LIST_DEPTHS];
const JUNK = [
  "",
  " ",
  "：",
  "**",
  "(",
  "[",
  "\\",
  ".*",
  "$&",
  "%",
  "风险",
  "背景",
  "h3",
  "h9",
  "l0",
  "l7",
  "L2",
  "\u0000",
  "我".repeat(60),
  "a|b",
  "+",
];

/** Random rules whose matches are mostly words of the report itself, so they fire. */
function randomProfile(text: string, random: () => number): LayoutProfile {
  const words = text.split(/[\s#*\-|:：，,。()（）【】[\]]+/).filter((w) => w.length > 0 && w.length <= 60);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const count = 1 + Math.floor(random() * 12);
  const rules = Array.from({ length: count }, (_, i) => {
    const kind = pick(PROFILE_RULE_KINDS);
    const match = kind === "projectLevel" && random() < 0.8 ? pick(LEVELS) : random() < 0.8 ? pick(words) : pick(JUNK);
    const value = random() < 0.8 ? pick(words) : pick(JUNK);
    return { id: `f${i}`, kind, match, value, source: { reportId: null, week: null, actor: null, at: null } };
  });
  return { version: 1, rules };
}

describe("layout profiles on the corpus of real reports", () => {
  // The same results give the same corpus scores (npm run score:corpus reads without a profile).
  it("an empty profile reads every report exactly as no profile does", () => {
    for (const { text, reportDate } of reports) {
      expect(extractReport(text, { referenceDate: reportDate, profile: EMPTY_PROFILE })).toEqual(
        extractReport(text, { referenceDate: reportDate }),
      );
    }
  });

  it("no random profile makes the extractor throw anything but a refusal of a report left with no work", () => {
    const random = prng(20261223);
    let fired = 0;
    const firedKinds = new Set<string>();
    for (let round = 0; round < 12; round++) {
      for (const { name, text, reportDate } of reports) {
        const profile = randomProfile(text, random);
        try {
          const result = extractReport(text, { referenceDate: reportDate, profile });
          fired += result.firedRules?.length ?? 0;
          for (const f of result.firedRules ?? []) firedKinds.add(f.kind === "projectLevel" ? `${f.kind}:${f.match[0]}` : f.kind);
          expect(
            result.entries.every((e) => e.initiative.length > 0),
            name,
          ).toBe(true);
          // Deterministic: the same profile reads the same.
          expect(extractReport(text, { referenceDate: reportDate, profile })).toEqual(result);
        } catch (error) {
          if (!(error instanceof ExtractionError && error.code === "no_entries")) {
            throw new Error(`${name} with ${JSON.stringify(profile)}: ${String(error)}`, { cause: error });
          }
        }
      }
    }
    // The rules were drawn from the reports' words: many of them must have applied.
    expect(fired).toBeGreaterThan(50);
    // the department's own event words were drawn too, and made milestones somewhere
    expect(firedKinds).toContain("eventWord");
    // heading levels and list depths both applied somewhere
    expect(firedKinds).toContain("projectLevel:h");
    expect(firedKinds).toContain("projectLevel:l");
  });

  it("survives profiles that are not what the type says", () => {
    const { text, reportDate } = reports[0]!;
    const junk = [{ version: 1, rules: null }, { version: 1, rules: [null, 3, { id: 1 }, { id: "x", kind: "facet" }] }, {}];
    for (const profile of junk) {
      expect(() => extractReport(text, { referenceDate: reportDate, profile: profile as unknown as LayoutProfile })).not.toThrow();
    }
  });
});
