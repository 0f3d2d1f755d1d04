import {
  chineseFullDateParser, chineseMonthDayParser, dayOfMonthParser, englishDateParser, isoDateParser,
  numericMonthDayParser,
} from "./absolute-parsers";
import {
  englishMonthPartParser, monthPartParser, monthWeekParser, relativeMonthParser, wholeRelativeMonthParser,
} from "./month-parsers";
import { holidayParser, quarterParser, yearPartParser } from "./period-parsers";
import type { TokenParser } from "./types";
import { englishWeekParser, relativeDayParser, relativeWeekParser, weekdayParser } from "./week-parsers";

/** Every rule of the grammar; order does not matter, priorities decide. */
export const DATE_PARSERS: readonly TokenParser[] = [
  isoDateParser, chineseFullDateParser, chineseMonthDayParser, numericMonthDayParser, englishDateParser,
  dayOfMonthParser, monthPartParser, monthWeekParser, relativeMonthParser, wholeRelativeMonthParser,
  englishMonthPartParser, relativeWeekParser, englishWeekParser, weekdayParser, relativeDayParser,
  quarterParser, yearPartParser, holidayParser,
];
