// Pure: a milestone the PM points at in a line the extractor read nothing
// from (the review's 补充里程碑): the line's words read the way the extractor
// reads a line, with the event the PM chose counted as an event word.
import { DEFAULT_DATE_WINDOW, type DateWindow } from "../../../lib/dates/date-window";
import { ruleKey } from "../../../lib/layout-profile/layout-profile";
import { parseDay } from "../date/format-day";
import { windowBounds } from "../date/window-bounds";
import type { ExtractedMilestone, SourceLine } from "../types";
import { eventPattern } from "./event-words";
import { readMilestones } from "./read-milestones";

export interface SpanOptions {
  /** yyyy-MM-dd: the report's date, which relative phrases (下周三) count from */
  reportDate: string;
  /** the event the PM chose (`上线`, or a word of the department's own: `切流`); "" lets the text say */
  event: string;
  /** the department's own event words (the profile's eventWord rules) */
  eventWords?: readonly string[];
  dateWindow?: DateWindow;
}

/** `支付` + `上线` → 支付上线; Latin words keep a space between them. */
function joinTitle(subject: string, event: string): string {
  return /[A-Za-z0-9]$/.test(subject) && /^[A-Za-z]/.test(event) ? `${subject} ${event}` : subject + event;
}

/**
 * The milestone `span` (a part of the report line `source`) states: its date,
 * state and subject as the extractor would read them, with the chosen event;
 * null when the span holds no date (or the report date is none).
 */
export function readSpan(span: string, source: SourceLine, options: SpanOptions): ExtractedMilestone | null {
  const reportDate = parseDay(options.reportDate);
  if (!reportDate || span.trim() === "") return null;
  const event = options.event.trim();
  const events = eventPattern([...(options.eventWords ?? []), ...(event ? [event] : [])]);
  const line = { source, text: span, subName: null, isSubItem: false, defaultEvent: event || null, tense: null };
  const window = windowBounds(options.dateWindow ?? DEFAULT_DATE_WINDOW);
  const { milestones } = readMilestones([line], reportDate, undefined, window, events);
  const read = milestones.find((m) => ruleKey(m.event) === ruleKey(event)) ?? milestones[0];
  if (!read) return null;
  const chosen = event || read.event;
  return { ...read, event: chosen, title: joinTitle(read.subject, chosen), source };
}
