import type { Precision } from "../types";

/** What every date rule needs to resolve partial and relative phrases. */
export interface DateContext {
  /** the report's own date; relative phrases count from here */
  reportDate: Date;
  /** the surrounding clause speaks of the future (预计, 计划 …): bare weekdays then mean the next such day */
  future: boolean;
}

/** A resolved date phrase: always a range, even for one day. */
export interface DateRange {
  start: Date;
  end: Date;
  precision: Precision;
}

/**
 * A rule of the grammar, modelled on date-fns's parser: a pattern finds
 * candidates, `parse` turns one into a range, `validate` rejects impossible ones.
 * On overlapping candidates the higher priority wins, then the longer match.
 */
export interface TokenParser {
  name: string;
  priority: number;
  /** a cheap test the text must pass before `pattern` runs at all */
  hint?: RegExp;
  /** must carry the `g` flag; must not backtrack catastrophically */
  pattern: RegExp;
  /** true for dates that hang on the report date (本周, 周四) rather than on the calendar */
  relative?: boolean;
  parse(match: RegExpExecArray, ctx: DateContext): DateRange | null;
  validate?(range: DateRange, ctx: DateContext): boolean;
}

/** A date phrase found in a text. */
export interface DateMention extends DateRange {
  index: number;
  length: number;
  text: string;
  rule: string;
  /** 12月10日前, 截止12/10, 春节前: only the end is promised */
  deadline: boolean;
  relative: boolean;
}
