import { messages } from "../messages";
import {
  EVENT_WORD_LENGTH,
  LAYOUT_PROFILE_VERSION,
  layoutProfileSchema,
  projectLevelOf,
  ruleKey,
  type LayoutProfile,
  type ProfileRule,
  type ProfileRuleKind,
} from "./layout-profile";

export type ParsedProfile = { ok: true; profile: LayoutProfile } | { ok: false; message: string };

const m = messages.layoutProfile;
// A label plays one role: these kinds exclude each other on the same label.
const ROLE_KINDS: ReadonlySet<ProfileRuleKind> = new Set(["facet", "ignore", "section", "skipSection"]);

/** The first contradiction among the rules, as a message, else null. */
export function findContradiction(rules: readonly ProfileRule[]): string | null {
  const ids = new Set<string>();
  const roles = new Map<string, ProfileRule>();
  const aliases = new Map<string, ProfileRule>();
  for (const rule of rules) {
    if (ids.has(rule.id)) return m.duplicateId(rule.id);
    ids.add(rule.id);
    const key = ruleKey(rule.match);
    if (rule.kind === "projectLevel") {
      if (projectLevelOf(rule.match) === null) return m.badLevel(rule.match);
      continue;
    }
    if (key === "") return m.emptyMatch(rule.match);
    if (rule.kind === "eventWord" && !isEventWord(rule.match)) return m.badEventWord(rule.match);
    if (ROLE_KINDS.has(rule.kind)) {
      const other = roles.get(key);
      if (other && other.kind !== rule.kind) return m.contradiction(rule.match, m.kinds[other.kind], m.kinds[rule.kind]);
      roles.set(key, rule);
    }
    if (rule.kind === "alias") {
      const target = ruleKey(rule.value);
      if (target === "") return m.aliasWithoutName(rule.match);
      if (target === key) return m.aliasToItself(rule.match);
      const other = aliases.get(key);
      if (other && ruleKey(other.value) !== target) return m.aliasTwoNames(rule.match, other.value, rule.value);
      aliases.set(key, rule);
    }
  }
  // An alias whose target is itself an alias would read a name twice over: one step only.
  for (const rule of aliases.values()) {
    if (aliases.has(ruleKey(rule.value))) return m.aliasChain(rule.match, rule.value);
  }
  return null;
}

/** Two to twelve letters, no punctuation or spaces inside: a word, not a phrase. */
export function isEventWord(text: string): boolean {
  const word = text.trim();
  return word.length >= EVENT_WORD_LENGTH.min && word.length <= EVENT_WORD_LENGTH.max && ruleKey(word) === word.toLowerCase();
}

function versionOf(value: unknown): unknown {
  return typeof value === "object" && value !== null && "version" in value ? (value as { version: unknown }).version : undefined;
}

/**
 * A profile from outside (an imported JSON file, a stored row set, the review's
 * corrections), checked whole: the profile, or why it is refused.
 */
export function parseLayoutProfile(input: unknown): ParsedProfile {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, message: m.notJson };
    }
  }
  const version = versionOf(value);
  if (typeof version === "number" && version > LAYOUT_PROFILE_VERSION) return { ok: false, message: m.newerVersion(version) };
  const parsed = layoutProfileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: m.malformed(issue ? `${issue.path.join(".")} ${issue.message}`.trim() : "") };
  }
  const contradiction = findContradiction(parsed.data.rules);
  return contradiction ? { ok: false, message: contradiction } : { ok: true, profile: parsed.data };
}
