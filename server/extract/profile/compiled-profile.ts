import { projectLevelOf, ruleKey, type LayoutProfile, type ProfileRule } from "../../../lib/layout-profile/layout-profile";
import { isEventWord } from "../../../lib/layout-profile/parse-layout-profile";
import { eventPattern, isBuiltInEvent } from "../milestone/event-words";

/** A profile's rules indexed the way the extractor asks for them. */
export interface CompiledProfile {
  /** facet, ignore, section and skipSection rules by label key */
  roles: Map<string, ProfileRule>;
  /** projectLevel rules by heading level (1–6) */
  projectLevels: Map<number, ProfileRule>;
  /** the projectLevel rule on a list depth (`l2`), with its depth (1–6); null when there is none */
  listDepth: { rule: ProfileRule; depth: number } | null;
  /** notProgress rules: the label before a figure */
  notProgress: ProfileRule[];
  /** alias rules by the key of the name they replace */
  aliases: Map<string, ProfileRule>;
  /** eventWord rules by the word's key: only words the built-in list lacks */
  eventWords: Map<string, ProfileRule>;
  /** the event words the milestone reader uses: the built-in ones plus eventWords */
  events: RegExp;
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
  const compiled: CompiledProfile = {
    roles: new Map(),
    projectLevels: new Map(),
    listDepth: null,
    notProgress: [],
    aliases: new Map(),
    eventWords: new Map(),
    events: eventPattern([]),
  };
  const rules: unknown[] = Array.isArray(profile?.rules) ? profile.rules : [];
  for (const rule of rules) {
    if (!isUsable(rule)) continue;
    const key = ruleKey(rule.match);
    if (ROLE_KINDS.has(rule.kind)) {
      if (!compiled.roles.has(key)) compiled.roles.set(key, rule);
    } else if (rule.kind === "projectLevel") {
      const level = projectLevelOf(rule.match);
      if (level?.on === "heading" && !compiled.projectLevels.has(level.depth)) compiled.projectLevels.set(level.depth, rule);
      // Of two list depths the shallower wins: its items hold the deeper ones, which then are lines of them.
      if (level?.on === "list" && (compiled.listDepth === null || level.depth < compiled.listDepth.depth)) {
        compiled.listDepth = { rule, depth: level.depth };
      }
    } else if (rule.kind === "notProgress") {
      compiled.notProgress.push(rule);
    } else if (rule.kind === "alias" && typeof rule.value === "string" && ruleKey(rule.value) !== "" && !compiled.aliases.has(key)) {
      compiled.aliases.set(key, rule);
    } else if (rule.kind === "eventWord" && isEventWord(rule.match) && !isBuiltInEvent(rule.match) && !compiled.eventWords.has(key)) {
      compiled.eventWords.set(key, rule);
    }
  }
  compiled.events = eventPattern([...compiled.eventWords.values()].map((rule) => rule.match));
  return compiled;
}

export function isEmptyProfile(compiled: CompiledProfile): boolean {
  const { roles, projectLevels, listDepth, notProgress, aliases, eventWords } = compiled;
  return listDepth === null && roles.size + projectLevels.size + notProgress.length + aliases.size + eventWords.size === 0;
}
