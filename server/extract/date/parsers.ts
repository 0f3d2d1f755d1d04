import {
  chineseFullDateParser,
  chineseMonthDayBareParser,
  chineseMonthDayParser,
  dayOfMonthParser,
  dayStampParser,
  englishDateParser,
  isoDateParser,
  numericMonthDayParser,
  shortYearDateParser,
} from "./absolute-parsers";
import { durationParser, englishDurationParser } from "./duration-parsers";
import {
  englishEndOfPeriodParser,
  englishMonthPartParser,
  halfMonthParser,
  monthNthWeekParser,
  monthPartParser,
  monthWeekParser,
  yearMonthParser,
  relativeMonthParser,
  wholeRelativeMonthParser,
} from "./month-parsers";
import { holidayAfterParser, holidayBeforeParser, holidayParser, quarterParser, yearPartParser } from "./period-parsers";
import { chineseRangeParser, dayStampRangeParser, isoRangeParser, numericRangeParser } from "./range-parsers";
import type { TokenParser } from "./types";
import {
  englishEndOfWeekParser,
  englishRelativeDayParser,
  englishWeekdayParser,
  englishWeekParser,
  isoWeekParser,
  relativeDayParser,
  relativeWeekParser,
  weekdayParser,
  weekdayRangeParser,
  weekNumberParser,
} from "./week-parsers";

export * from "./absolute-parsers";
export * from "./duration-parsers";
export * from "./month-parsers";
export * from "./period-parsers";
export * from "./range-parsers";
export * from "./week-parsers";

/** Every rule of the grammar; order does not matter, priorities decide. */
export const DATE_PARSERS: readonly TokenParser[] = [
  isoDateParser,
  chineseFullDateParser,
  chineseMonthDayParser,
  chineseMonthDayBareParser,
  numericMonthDayParser,
  englishDateParser,
  dayStampParser,
  shortYearDateParser,
  dayOfMonthParser,
  numericRangeParser,
  isoRangeParser,
  chineseRangeParser,
  dayStampRangeParser,
  monthPartParser,
  yearMonthParser,
  monthWeekParser,
  monthNthWeekParser,
  halfMonthParser,
  relativeMonthParser,
  wholeRelativeMonthParser,
  englishMonthPartParser,
  englishEndOfPeriodParser,
  relativeWeekParser,
  englishWeekParser,
  weekdayParser,
  weekdayRangeParser,
  relativeDayParser,
  isoWeekParser,
  weekNumberParser,
  englishWeekdayParser,
  englishRelativeDayParser,
  englishEndOfWeekParser,
  durationParser,
  englishDurationParser,
  quarterParser,
  yearPartParser,
  holidayParser,
  holidayAfterParser,
  holidayBeforeParser,
];
