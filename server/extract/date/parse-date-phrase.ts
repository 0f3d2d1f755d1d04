import type { Precision } from "../types";
import { findDateMentions } from "./find-date-mentions";
import { formatDay, parseDay } from "./format-day";

export interface ParsedDatePhrase {
  /** yyyy-MM-dd, first day of the range */
  start: string;
  /** yyyy-MM-dd, last day of the range: the milestone date */
  end: string;
  precision: Precision;
  /** only the end is promised (12月10日前, 截止12/10) */
  deadline: boolean;
  /** the words the date was read from */
  text: string;
  index: number;
  /** yyyy-MM-dd: what a relative phrase next to the explicit date would have meant, when they differ */
  disagrees?: string;
}

/** Words that put a phrase in the future; bare weekdays then mean the next such day. */
export const FUTURE_WORDS = /预计|计划|将|拟|争取|期望|希望|安排|目标|准备|待|plan|expect|target|ETA|will|\bdue\b|deadline/i;

/**
 * Reads the first date phrase of `text` against the report date (yyyy-MM-dd).
 * Returns null when the text holds no date or the reference date is invalid.
 */
export function parseDatePhrase(text: string, referenceDate: string): ParsedDatePhrase | null {
  const reportDate = parseDay(referenceDate);
  if (!reportDate) return null;
  const [first] = findDateMentions(text, { reportDate, future: FUTURE_WORDS.test(text) });
  if (!first) return null;
  return {
    start: formatDay(first.start),
    end: formatDay(first.end),
    precision: first.precision,
    deadline: first.deadline,
    text: first.text,
    index: first.index,
    ...(first.disagrees ? { disagrees: formatDay(first.disagrees) } : {}),
  };
}
