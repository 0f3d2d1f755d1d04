import { describe, expect, it } from "vitest";
import { EMPTY_PROFILE, type LayoutProfile, type ProfileRule } from "../../../lib/layout-profile/layout-profile";
import { reviewAliasRules } from "./review-alias-rules";

const source = { reportId: 7, week: "2024-W47", actor: "张三", at: "2024-11-23T10:00:00.000Z" };
const keys = ["o1/长沙佣金存管", "o1/云闪付广州"];
const planned = [
  { entry: 0, name: "长沙佣金存管" },
  { entry: 1, name: "云闪付广州" },
];
const rule = (match: string, value: string, kind: ProfileRule["kind"] = "alias"): ProfileRule => ({
  id: `${kind}-${match}`,
  kind,
  match,
  value,
  source: { reportId: 1, week: "2024-W46", actor: "李四", at: null },
});
const profileOf = (...rules: ProfileRule[]): LayoutProfile => ({ ...EMPTY_PROFILE, rules });

describe("reviewAliasRules", () => {
  it("makes each alias added in the review a rule: the other name is read as the initiative's", () => {
    const decisions = { entries: { "o1/长沙佣金存管": { alias: " 佣金存管 " }, "o1/云闪付广州": { name: "云闪付" } } };
    expect(reviewAliasRules(planned, keys, decisions, EMPTY_PROFILE, source)).toEqual([
      { id: "alias-佣金存管", kind: "alias", match: "佣金存管", value: "长沙佣金存管", source },
    ]);
  });

  it("uses the name the initiative ends up with (renamed, or merged into another)", () => {
    const decisions = { entries: { "o1/云闪付广州": { alias: "YSF" } } };
    const rules = reviewAliasRules([{ entry: 1, name: "云闪付（广州）" }], keys, decisions, EMPTY_PROFILE, source);
    expect(rules.map((r) => `${r.match}→${r.value}`)).toEqual(["YSF→云闪付（广州）"]);
  });

  it("adds nothing the profile holds already, whatever name it gives", () => {
    const decisions = { entries: { "o1/长沙佣金存管": { alias: "佣金存管" }, "o1/云闪付广州": { alias: "**佣金存管**" } } };
    expect(reviewAliasRules(planned, keys, decisions, profileOf(rule("佣金存管", "长沙佣金存管")), source)).toEqual([]);
    expect(reviewAliasRules(planned, keys, decisions, profileOf(rule("佣金存管", "别的项目")), source)).toEqual([]);
    // two entries given one alias: the first keeps it
    expect(reviewAliasRules(planned, keys, decisions, EMPTY_PROFILE, source).map((r) => r.value)).toEqual(["长沙佣金存管"]);
  });

  it("adds no rule that would make the profile contradict itself", () => {
    const to = (alias: string) => ({ entries: { "o1/长沙佣金存管": { alias } } });
    // an alias of itself
    expect(reviewAliasRules(planned, keys, to("长沙 佣金存管"), EMPTY_PROFILE, source)).toEqual([]);
    // the name is itself an alias of another name: one step only
    expect(reviewAliasRules(planned, keys, to("佣金"), profileOf(rule("长沙佣金存管", "佣金存管项目")), source)).toEqual([]);
    // too long for a rule
    expect(reviewAliasRules(planned, keys, to("长".repeat(61)), EMPTY_PROFILE, source)).toEqual([]);
  });

  it("adds nothing without an alias, or for an entry the import leaves out", () => {
    expect(reviewAliasRules(planned, keys, {}, EMPTY_PROFILE, source)).toEqual([]);
    expect(reviewAliasRules(planned, keys, { entries: { "o1/云闪付广州": { alias: "  " } } }, EMPTY_PROFILE, source)).toEqual([]);
    expect(reviewAliasRules([], keys, { entries: { "o1/云闪付广州": { alias: "YSF" } } }, EMPTY_PROFILE, source)).toEqual([]);
  });
});
