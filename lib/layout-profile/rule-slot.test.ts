import { describe, expect, it } from "vitest";
import type { ProfileCorrection } from "./layout-profile";
import { addCorrection, ruleSlot } from "./rule-slot";

const c = (kind: ProfileCorrection["kind"], match: string): ProfileCorrection => ({ kind, match, value: "" });

describe("ruleSlot", () => {
  it("gives a label one role whatever its punctuation, and each heading level its own slot", () => {
    expect(ruleSlot(c("facet", "风险："))).toBe(ruleSlot(c("section", "**风险**")));
    expect(ruleSlot(c("facet", "风险"))).not.toBe(ruleSlot(c("notProgress", "风险")));
    expect(ruleSlot(c("projectLevel", "h2"))).not.toBe(ruleSlot(c("projectLevel", "h3")));
  });

  it("gives every list depth one slot, apart from the heading levels", () => {
    expect(ruleSlot(c("projectLevel", "l1"))).toBe(ruleSlot(c("projectLevel", "l3")));
    expect(ruleSlot(c("projectLevel", "l1"))).not.toBe(ruleSlot(c("projectLevel", "h1")));
  });
});

describe("addCorrection", () => {
  it("replaces an earlier correction on the same slot and keeps the others in order", () => {
    const before = [c("projectLevel", "l1"), c("skipSection", "收获与反思"), c("facet", "风险")];
    expect(addCorrection(before, c("projectLevel", "l2"))).toEqual([
      c("skipSection", "收获与反思"),
      c("facet", "风险"),
      c("projectLevel", "l2"),
    ]);
    expect(addCorrection(before, c("section", "风险"))).toEqual([
      c("projectLevel", "l1"),
      c("skipSection", "收获与反思"),
      c("section", "风险"),
    ]);
    expect(addCorrection(before, c("projectLevel", "h3"))).toEqual([...before, c("projectLevel", "h3")]);
  });
});
