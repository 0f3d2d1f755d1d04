import type { ProfileRule } from "../../../lib/layout-profile/layout-profile";

export interface RememberedRules {
  added: ProfileRule[];
  /** ids of stored rules the added ones overrule */
  replaced: string[];
}

const sameRule = (a: ProfileRule, b: ProfileRule) => a.id === b.id && a.kind === b.kind && a.match === b.match && a.value === b.value;

/**
 * What remembering `wanted` changes in the `stored` rules: a rule stored
 * already as it is (same id, match and value; its source aside) changes
 * nothing and is left out, with the overruling of itself. Nothing left: the
 * profile would stay as it is.
 */
export function rulesThatChange(stored: readonly ProfileRule[], wanted: RememberedRules): RememberedRules {
  const unchanged = new Set(wanted.added.filter((rule) => stored.some((s) => sameRule(s, rule))).map((rule) => rule.id));
  return {
    added: wanted.added.filter((rule) => !unchanged.has(rule.id)),
    replaced: wanted.replaced.filter((id) => !unchanged.has(id)),
  };
}
