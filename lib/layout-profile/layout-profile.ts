import { z } from "zod";

/**
 * A department's layout profile: what the PM taught the extractor about the way
 * that department writes its reports. Rules match by text (a label, a heading, a
 * heading level), never by line number, so they carry to later reports.
 */
export const LAYOUT_PROFILE_VERSION = 1;

export const PROFILE_RULE_KINDS = [
  /** a label that is a part of the item or heading above it: its lines join that work */
  "facet",
  /** a label that is no work at all (metadata, background, a person's name): its lines are left out */
  "ignore",
  /** a label that groups the work below it */
  "section",
  /** a heading level (`h3`) whose every heading is one piece of work, or a list depth (`l2`) whose every item is */
  "projectLevel",
  /** a section whose lines are no work (`收获与反思`, `系统运行数据`) */
  "skipSection",
  /** a label whose percentages are no progress (`覆盖率`, `通过率`) */
  "notProgress",
  /** another name of an initiative: `match` is read as `value` */
  "alias",
  /** a word the department uses for an event (`切流`, `封网`): a dated line naming it yields a milestone of that title */
  "eventWord",
] as const;
export type ProfileRuleKind = (typeof PROFILE_RULE_KINDS)[number];

export const HEADING_LEVELS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * List depths for a projectLevel rule: `l2` says every list item (`1.`, `1、`,
 * `（1）`, `-`, `*`, `•`) at nesting depth 2 is one piece of work, and the deeper
 * lines and the lines below it, up to the next item of depth 2 or less, join it.
 * Depth 1 is the outermost list under a heading.
 */
export const LIST_DEPTHS = ["l1", "l2", "l3", "l4", "l5", "l6"] as const;
export type ListDepth = (typeof LIST_DEPTHS)[number];

/** What a projectLevel rule's match names: a heading level or a list depth (1–6), else null. */
export function projectLevelOf(match: string): { on: "heading" | "list"; depth: number } | null {
  const heading = (HEADING_LEVELS as readonly string[]).indexOf(match);
  if (heading >= 0) return { on: "heading", depth: heading + 1 };
  const list = (LIST_DEPTHS as readonly string[]).indexOf(match);
  return list >= 0 ? { on: "list", depth: list + 1 } : null;
}

/** Where a rule came from: the report it was taught on, who taught it, when. */
export const ruleSourceSchema = z.object({
  reportId: z.number().int().nullable(),
  week: z.string().max(16).nullable(),
  actor: z.string().max(100).nullable(),
  /** ISO timestamp */
  at: z.string().max(40).nullable(),
});
export type RuleSource = z.infer<typeof ruleSourceSchema>;

export const MAX_RULE_TEXT = 60;
/** an event word is a verb or a short noun (`割接`, `同步会`), never a phrase: a long one would swallow subjects */
export const EVENT_WORD_LENGTH = { min: 2, max: 12 } as const;
export const MAX_PROFILE_RULES = 500;

export const profileRuleSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(PROFILE_RULE_KINDS),
  /** the label, heading text, heading level (`h3`) or list depth (`l2`) the rule matches */
  match: z.string().trim().min(1).max(MAX_RULE_TEXT),
  /** the other name an alias gives; "" for other kinds */
  value: z.string().trim().max(MAX_RULE_TEXT).default(""),
  source: ruleSourceSchema.default({ reportId: null, week: null, actor: null, at: null }),
});
export type ProfileRule = z.infer<typeof profileRuleSchema>;

export const layoutProfileSchema = z.object({
  version: z.literal(LAYOUT_PROFILE_VERSION),
  rules: z.array(profileRuleSchema).max(MAX_PROFILE_RULES),
});
export type LayoutProfile = z.infer<typeof layoutProfileSchema>;

export const EMPTY_PROFILE: LayoutProfile = { version: LAYOUT_PROFILE_VERSION, rules: [] };

/** A rule that fired on a report, for the review: which rule, and on which line. */
export interface FiredRule {
  ruleId: string;
  kind: ProfileRuleKind;
  match: string;
  line: number;
}

/** Letters and digits only, lower case: `风险：`, `**风险**` and `风险` are one label. */
export function ruleKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/** A structural correction made in the import review: a rule before it has an id and a source. */
export const profileCorrectionSchema = z.object({
  kind: z.enum(PROFILE_RULE_KINDS),
  match: z.string().trim().min(1).max(MAX_RULE_TEXT),
  value: z.string().trim().max(MAX_RULE_TEXT).default(""),
});
export type ProfileCorrection = z.infer<typeof profileCorrectionSchema>;
export const MAX_CORRECTIONS = 50;
