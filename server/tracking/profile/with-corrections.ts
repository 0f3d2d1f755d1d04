import {
  ruleKey,
  type LayoutProfile,
  type ProfileCorrection,
  type ProfileRule,
  type RuleSource,
} from "../../../lib/layout-profile/layout-profile";
import { findContradiction } from "../../../lib/layout-profile/parse-layout-profile";
import { ruleSlot } from "../../../lib/layout-profile/rule-slot";
import { TrackingError } from "../tracking-error";

/** A correction as a rule: its id says what it decides, so the same correction twice is one rule. */
export function correctionRule(correction: ProfileCorrection, source: RuleSource): ProfileRule {
  const key = correction.kind === "projectLevel" ? correction.match : ruleKey(correction.match);
  return { id: `${correction.kind}-${key}`, kind: correction.kind, match: correction.match, value: correction.value, source };
}

export interface CorrectedProfile {
  profile: LayoutProfile;
  /** the corrections as rules, to remember */
  added: ProfileRule[];
  /** ids of the stored rules the corrections overrule */
  replaced: string[];
}

/**
 * The department's stored profile with the review's corrections on top: a
 * correction overrules a stored rule on the same label (风险 was a facet, now
 * it is a section). Throws TrackingError when the corrections contradict
 * each other, so a bad correction changes nothing.
 */
export function withCorrections(stored: LayoutProfile, corrections: readonly ProfileCorrection[], source: RuleSource): CorrectedProfile {
  const added = new Map<string, ProfileRule>();
  for (const correction of corrections) added.set(ruleSlot(correction), correctionRule(correction, source));
  const rules = [...added.values()];
  const contradiction = findContradiction(rules);
  if (contradiction) throw new TrackingError("invalid", contradiction);
  const replaced = stored.rules.filter((rule) => added.has(ruleSlot(rule)) || rules.some((r) => r.id === rule.id)).map((r) => r.id);
  const kept = stored.rules.filter((rule) => !replaced.includes(rule.id));
  const profile = { ...stored, rules: [...kept, ...rules] };
  const mixed = findContradiction(profile.rules);
  if (mixed) throw new TrackingError("invalid", mixed);
  return { profile, added: rules, replaced };
}
