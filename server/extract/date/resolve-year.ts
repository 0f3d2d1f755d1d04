/**
 * The year a month without a year belongs to, seen from the report date.
 * Reports talk about the recent past and the next months: a month more than
 * four months before the report's month is next year's (`1月初` in November),
 * one more than seven months after it is last year's (`12月` in a January report).
 */
export function resolveYear(month: number, reportDate: Date): number {
  const year = reportDate.getFullYear();
  const delta = month - (reportDate.getMonth() + 1);
  if (delta < -4) return year + 1;
  if (delta > 7) return year - 1;
  return year;
}
