// The calendar days the tracker accepts anywhere (reports, edits, the review):
// a year typo (`9999年`, `1900-01-01`) is refused instead of stretching every
// timeline it appears on over centuries.

export const EARLIEST_DAY = "2000-01-01";
export const LATEST_DAY = "2100-12-31";

/** Whether a `yyyy-MM-dd` day lies in the window (string order is date order). */
export const isInDateWindow = (day: string): boolean => day >= EARLIEST_DAY && day <= LATEST_DAY;
