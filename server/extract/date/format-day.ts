import { isValid, parse } from "date-fns";

/** yyyy-MM-dd of a calendar day. */
export function formatDay(date: Date): string {
  // Plain formatting of a calendar day: date-fns's format() is the hot spot of large reports.
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** A yyyy-MM-dd string as a local calendar day, or null when it is no real date. */
export function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = parse(text, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(date) && date.getFullYear() >= 2000 && date.getFullYear() <= 2100 ? date : null;
}
