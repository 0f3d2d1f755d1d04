import { addDays, parseISO } from "date-fns";
import { DEFAULT_DATE_WINDOW, type DateWindow } from "../../../lib/dates/date-window";

/**
 * A date window as the date rules read it on their hot path: plain years and
 * timestamps of local days, no date arithmetic per date.
 */
export interface WindowBounds {
  /** a phrase whose years fall outside these is no date at all (a year typo, an ID) */
  firstYear: number;
  lastYear: number;
  /** a date is kept when it starts at or after the first day and ends before the day after the last */
  firstDay: number;
  afterLastDay: number;
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * The bounds of `window`. What is a date stays the built-in window's years (or
 * wider): a narrower window ignores `2035年1月` as a date outside it rather than
 * reading its `1月` as another date.
 */
export function windowBounds(window: DateWindow = DEFAULT_DATE_WINDOW): WindowBounds {
  return {
    firstYear: Math.min(yearOf(DEFAULT_DATE_WINDOW.earliest), yearOf(window.earliest)),
    lastYear: Math.max(yearOf(DEFAULT_DATE_WINDOW.latest), yearOf(window.latest)),
    firstDay: parseISO(window.earliest).getTime(),
    afterLastDay: addDays(parseISO(window.latest), 1).getTime(),
  };
}

export const DEFAULT_WINDOW_BOUNDS = windowBounds();
