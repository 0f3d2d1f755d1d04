import { HEADING_LEVELS, ruleKey, type LayoutProfile, type ProfileRule } from "../../../lib/layout-profile/layout-profile";

/** A profile's rules indexed the way the extractor asks for them. */
export interface CompiledProfile {
  /** facet, ignore, section and skipSection rules by label key */
  roles: Map<string, ProfileRule>;
  /** projectLevel rules by heading level (1–6) */
  projectLevels: Map<number, ProfileRule>;
  /** notProgress rules: the label before a figure */
  notProgress: ProfileRule[];
  /** alias rules by the key of the name they replace */
  aliases: Map<string, ProfileRule>;
}

const ROLE_KINDS = new Set(["facet", "ignore", "section", "skipSection"]);

function isUsable(rule: unknown): rule is ProfileRule {
  if (typeof rule !== "object" || rule === null) return false;
  const r = rule as Partial<ProfileRule>;
  return typeof r.id === "string" && typeof r.kind === "string" && typeof r.match === "string" && ruleKey(r.match) !== "";
}

/**
 * Indexes a profile. A profile reaches here checked (parseLayoutProfile), but the
 * extractor must never throw because of one: what is not a rule is passed over,
 * and of two rules on one label the first wins.
 */
export function compileProfile(profile: LayoutProfile | undefined): CompiledProfile {
  const compiled: CompiledProfile = { roles: new Map(), projectLevels: new Map(), notProgress: [], aliases: new Map() };
  const rules: unknown[] = Array.isArray(profile?.rules) ? profile.rules : [];
  for (const rule of rules) {
    if (!isUsable(rule)) continue;
    const key = ruleKey(rule.match);
    if (ROLE_KINDS.has(rule.kind)) {
      if (!compiled.roles.has(key)) compiled.roles.set(key, rule);
    } else if (rule.kind === "projectLevel") {
      const level = (HEADING_LEVELS as readonly string[]).indexOf(rule.match) + 1;
      if (level > 0 && !compiled.projectLevels.has(level)) compiled.projectLevels.set(level, rule);
    } else if (rule.kind === "notProgress") {
      compiled.notProgress.push(rule);
    } else if (rule.kind === "alias" && typeof rule.value === "string" && ruleKey(rule.value) !== "" && !compiled.aliases.has(key)) {
      compiled.aliases.set(key, rule);
    }
  }
  return compiled;
}

export function isEmptyProfile(compiled: CompiledProfile): boolean {
  return compiled.roles.size + compiled.projectLevels.size + compiled.notProgress.length + compiled.aliases.size === 0;
}
