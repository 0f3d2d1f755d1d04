import { projectLevelOf, ruleKey, type ProfileCorrection, type ProfileRule } from "./layout-profile";

const ROLE_KINDS = new Set(["facet", "ignore", "section", "skipSection"]);

/**
 * What a rule decides: two rules on the same slot cannot both stand, the later one wins.
 * A label has one role (风险 a facet, or a section); a department's lists have one
 * depth of work, so a list depth (`l2`) overrules the one taught before (`l1`),
 * where each heading level keeps its own slot.
 */
export function ruleSlot(rule: Pick<ProfileRule, "kind" | "match">): string {
  if (rule.kind === "projectLevel" && projectLevelOf(rule.match)?.on === "list") return "projectLevel:list";
  const key = rule.kind === "projectLevel" ? rule.match : ruleKey(rule.match);
  return ROLE_KINDS.has(rule.kind) ? `role:${key}` : `${rule.kind}:${key}`;
}

/** The review's corrections with one more: it takes the place of an earlier one on its slot. */
export function addCorrection(corrections: readonly ProfileCorrection[], added: ProfileCorrection): ProfileCorrection[] {
  const slot = ruleSlot(added);
  return [...corrections.filter((c) => ruleSlot(c) !== slot), added];
}
