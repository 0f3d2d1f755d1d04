import type { Precision } from "../types";
import type { WindowBounds } from "./window-bounds";

/** What every date rule needs to resolve partial and relative phrases. */
export interface DateContext {
  /** the report's own date; relative phrases count from here */
  reportDate: Date;
  /** the surrounding clause speaks of the future (预计, 计划 …): bare weekdays then mean the next such day */
  future: boolean;
  /** the last explicit day said before this text in the same line: a bare `22日` takes its month */
  anchor?: Date;
  /** the days the tracker accepts (default 2000-01-01 … 2100-12-31): a date outside is none */
  window?: WindowBounds;
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
  /** true for phrases that only promise an end: 3天内 is "by report date + 3 days" */
  deadline?: boolean;
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
  /**
   * `下周一（2.22）` where 下周一 is not 2.22: the explicit date wins, and this is
   * the last day the relative phrase alone would have meant. Absent when they agree.
   */
  disagrees?: Date;
}
