// The date an uploaded file's name states: `20170515-20170519周任务及进度.md`
// (the end of the range), `2017-01-06.md`, `2024-02-23-meeting.md`,
// `2026_04_03_weekly.md`, `20251218-weekly.md`, `2024-W47.md` (the Saturday of the week).
import { scanPeriods, toDate } from "./day-tokens";
import { saturdayOfIsoWeek } from "./iso-week";

const MAX_NAME = 255;
const WEEK = /(?<!\d)(\d{4})[-_ ]?W(\d{1,2})(?!\d)/i;

export function fileNameDate(fileName: string | undefined): Date | null {
  if (!fileName) return null;
  const base = (fileName.split(/[\\/]/).pop() ?? "").slice(0, MAX_NAME).replace(/\.[A-Za-z0-9]{1,8}$/, "");
  const days = scanPeriods(base)
    .map((period) => (period.end.year === null ? null : toDate(period.end)))
    .filter((day): day is Date => day !== null);
  if (days.length > 0) return days.reduce((a, b) => (b > a ? b : a));
  const week = WEEK.exec(base);
  return week ? saturdayOfIsoWeek(Number(week[1]), Number(week[2])) : null;
}
