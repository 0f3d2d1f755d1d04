import { messages } from "../messages";
import { projectLevelOf, type ProfileRule } from "./layout-profile";

/** A rule's match as the PM reads it: a list depth (`l2`) in words, anything else as written. */
export function ruleMatchText(rule: Pick<ProfileRule, "kind" | "match">): string {
  const level = rule.kind === "projectLevel" ? projectLevelOf(rule.match) : null;
  return level?.on === "list" ? messages.layoutProfile.listDepthRule(level.depth) : rule.match;
}
