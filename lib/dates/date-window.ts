// The calendar days the tracker accepts anywhere (reports, edits, the review):
// a year typo (`9999年`, `1900-01-01`) is refused instead of stretching every
// timeline it appears on over centuries. The server may narrow or move it
// (DATE_WINDOW_START / DATE_WINDOW_END, server/env.ts).

/** yyyy-MM-dd, both ends included. */
export interface DateWindow {
  earliest: string;
  latest: string;
}

export const EARLIEST_DAY = "2000-01-01";
export const LATEST_DAY = "2100-12-31";
export const DEFAULT_DATE_WINDOW: DateWindow = { earliest: EARLIEST_DAY, latest: LATEST_DAY };

/** Whether a `yyyy-MM-dd` day lies in the window (string order is date order). */
export const isInDateWindow = (day: string, window: DateWindow = DEFAULT_DATE_WINDOW): boolean =>
  day >= window.earliest && day <= window.latest;
