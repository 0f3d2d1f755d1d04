import { describe, expect, it } from "vitest";
import type { ProfileRule } from "../../../lib/layout-profile/layout-profile";
import { rulesThatChange } from "./rules-that-change";

const rule = (kind: ProfileRule["kind"], match: string, value = "", week = "2024-W47"): ProfileRule => ({
  id: `${kind}-${match}`,
  kind,
  match,
  value,
  source: { reportId: 1, week, actor: "PM", at: null },
});

describe("rulesThatChange", () => {
  const stored = [rule("facet", "补充"), rule("notProgress", "灰度"), rule("projectLevel", "list", "2")];

  it("leaves out a rule stored already as it is, whatever its source, with the overruling of itself", () => {
    const again = rule("facet", "补充", "", "2024-W48");
    expect(rulesThatChange(stored, { added: [again], replaced: ["facet-补充"] })).toEqual({ added: [], replaced: [] });
  });

  it("keeps a new rule, a rule of another value under the same id, and the overruling of a rule on the same label", () => {
    const ignore = rule("ignore", "补充");
    const level = rule("projectLevel", "list", "3");
    const wanted = {
      added: [ignore, level, rule("notProgress", "灰度")],
      replaced: ["facet-补充", "projectLevel-list", "notProgress-灰度"],
    };
    expect(rulesThatChange(stored, wanted)).toEqual({ added: [ignore, level], replaced: ["facet-补充", "projectLevel-list"] });
  });

  it("changes nothing with nothing wanted, and does not touch its inputs", () => {
    const wanted = { added: [rule("facet", "补充")], replaced: ["facet-补充"] };
    const copy = structuredClone(wanted);
    rulesThatChange(stored, wanted);
    expect(wanted).toEqual(copy);
    expect(rulesThatChange(stored, { added: [], replaced: [] })).toEqual({ added: [], replaced: [] });
    expect(rulesThatChange([], { added: [rule("facet", "补充")], replaced: [] }).added).toHaveLength(1);
  });
});
