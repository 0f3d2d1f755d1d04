import {
  profileCorrectionSchema,
  ruleKey,
  type LayoutProfile,
  type ProfileRule,
  type RuleSource,
} from "../../../lib/layout-profile/layout-profile";
import { findContradiction } from "../../../lib/layout-profile/parse-layout-profile";
import type { PlannedEntry } from "../import/plan-import";
import type { ReviewDecisions } from "../types";
import { correctionRule } from "./with-corrections";

/**
 * The aliases the PM added in the review (添加别名), as alias rules of the
 * department's layout profile: a later report that uses that name is read as
 * the initiative's name, and the profile page and its JSON export show it.
 *
 * Only what the profile does not say already: an alias the profile holds (to
 * this name or to another: the stored rule stands) is left alone, and one that
 * would make the profile contradict itself (an alias of itself, of an alias, too
 * long for a rule) is not remembered. The initiative keeps the alias either way.
 *
 * `profile` is the department's stored profile with the rules this commit adds;
 * `keys` are the entries' keys (change-id.ts), in report order.
 */
export function reviewAliasRules(
  planned: readonly Pick<PlannedEntry, "entry" | "name">[],
  keys: readonly string[],
  decisions: ReviewDecisions,
  profile: LayoutProfile,
  source: RuleSource,
): ProfileRule[] {
  const added: ProfileRule[] = [];
  for (const p of planned) {
    const alias = decisions.entries?.[keys[p.entry] ?? ""]?.alias?.trim();
    if (!alias) continue;
    const correction = profileCorrectionSchema.safeParse({ kind: "alias", match: alias, value: p.name });
    if (!correction.success) continue;
    const rule = correctionRule(correction.data, source);
    const key = ruleKey(rule.match);
    if ([...profile.rules, ...added].some((r) => r.kind === "alias" && ruleKey(r.match) === key)) continue;
    if (findContradiction([...profile.rules, ...added, rule]) === null) added.push(rule);
  }
  return added;
}
