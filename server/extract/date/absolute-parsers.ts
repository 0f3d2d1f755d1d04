import { parseSmallNumber } from "./chinese-number";
import { dayRange } from "./ranges";
import type { DateContext, DateRange } from "./types";
import { resolveYear } from "./resolve-year";
import type { TokenParser } from "./types";

const CN = "[一二三四五六七八九十]";

/** 2024-12-05, 2024.12.05, 2024/12/05 (one separator throughout). */
export const isoDateParser: TokenParser = {
  name: "iso-date",
  priority: 100,
  hint: /\d{4}[-./]/,
  pattern: /(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d%])/g,
  parse: (m) => dayRange(Number(m[1]), Number(m[3]), Number(m[4])),
};

/** 2024年12月5日, 2024年12月5号. */
export const chineseFullDateParser: TokenParser = {
  name: "chinese-full-date",
  priority: 100,
  hint: /年/,
  pattern: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
  parse: (m) => dayRange(Number(m[1]), Number(m[2]), Number(m[3])),
};

/** 11月28日, 12月5号, 十二月五日. */
export const chineseMonthDayParser: TokenParser = {
  name: "chinese-month-day",
  priority: 90,
  hint: /月/,
  pattern: new RegExp(
    `(?<![\\d一二三四五六七八九十])(\\d{1,2}|${CN}{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\\s*[日号]`,
    "g",
  ),
  parse: (m, ctx) => {
    const month = parseSmallNumber(m[1]!);
    const day = parseSmallNumber(m[2]!);
    if (month === null || day === null) return null;
    return dayRange(resolveYear(month, ctx.reportDate), month, day);
  },
};

// Units and signs that make `M.D` a figure (`1.5倍`, `80.4%`, `0.89万`) rather than a date.
// `小` alone is no unit: `12-12小流量上线` is a date, `3.5小时` a duration.
export const FIGURE_AFTER = "(?:[\\d%％‰万亿元倍个次秒分天周月年时笔家人台条户件项单张页行位kKwWmMgGsSxX]|小时)";

// A release word after `6.1` makes it a version: `6.1 LTS`, `3.2 Release`, `5.10 内核`, `2.3版本`.
export const RELEASE_AFTER = "[ \\t]?(?:LTS|[Rr]elease|RC\\d*\\b|[Bb]eta|[Aa]lpha|GA\\b|SP\\d|版本?|内核|分支|[Kk]ernel)";

// `集群升级到 1.28`, `升至 2.3`, `版本号 1.12`: a dotted number after these is a version.
const UPGRADED_TO = /(?:升级|升|更新|迭代|回退|降级)[到至]\s?$|版本号?\s?[为是:：]?\s?$/;
const UPGRADED_REACH = 6;

/** 11/28, 12-05, 12.20, 11.11号: only when month and day are valid and the number is no figure nor version. */
export const numericMonthDayParser: TokenParser = {
  name: "numeric-month-day",
  priority: 80,
  hint: /\d[/.-]\d/,
  // `11.11号全流量上线`: the 号/日 written after the day is part of the date, not of the title (`号线` is a subway line).
  // After 版/本 a dotted number is a version (`版本1.12`); a slashed one is a day (`安卓版12/10发布`).
  pattern: new RegExp(
    `(?<![\\d./\\-:第¥$])(?:(?<![版本])|(?=\\d{1,2}/))(\\d{1,2})([/.\\-])(\\d{1,2})(?!${FIGURE_AFTER}|[./\\-:]\\d|${RELEASE_AFTER})(?:[日号](?![\\d线]))?`,
    "g",
  ),
  parse: (m, ctx) => {
    const month = Number(m[1]);
    const day = Number(m[3]);
    // `home11/28` is a date; `V1.2` and `A1-3` are versions and codes; so is the `1.28` a thing is upgraded to.
    const letterBefore = /[A-Za-z]/.test(m.input.charAt(m.index - 1));
    const upgradedTo = m[2] === "." && UPGRADED_TO.test(m.input.slice(Math.max(0, m.index - UPGRADED_REACH), m.index));
    if (month < 1 || month > 12 || (letterBefore && m[2] !== "/") || upgradedTo) return null;
    return dayRange(resolveYear(month, ctx.reportDate), month, day);
  },
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";

/** Dec 5, Dec. 5th, 5 Dec: English mixed into Chinese reports. */
export const englishDateParser: TokenParser = {
  name: "english-date",
  priority: 80,
  hint: /[A-Za-z]{3}/,
  pattern: new RegExp(
    `(?<![A-Za-z])(?:${MONTH_WORD}\\s?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])|(\\d{1,2})(?:st|nd|rd|th)?\\s${MONTH_WORD})(?![a-z])`,
    "gi",
  ),
  parse: (m, ctx) => {
    const name = (m[1] ?? m[4])!.slice(0, 3).toLowerCase();
    const month = MONTHS.indexOf(name) + 1;
    const day = Number(m[2] ?? m[3]);
    if (month < 1) return null;
    return dayRange(resolveYear(month, ctx.reportDate), month, day);
  },
};

/** 25号, 25日 alone: a day of the report's month. */
export const dayOfMonthParser: TokenParser = {
  name: "day-of-month",
  priority: 40,
  hint: /[日号]/,
  pattern: /(?<![\d月./-])(\d{1,2})\s*[日号](?![\d线])/g,
  relative: true,
  parse: (m, ctx) => dayRange(ctx.reportDate.getFullYear(), ctx.reportDate.getMonth() + 1, Number(m[1])),
};

/**
 * 8月22上线, 2024年8月22: the day written without 日/号, common in quick notes.
 * Only when nothing after the day makes it a figure (`8月22个`, `3月10天`).
 */
export const chineseMonthDayBareParser: TokenParser = {
  name: "chinese-month-day-bare",
  priority: 88,
  hint: /\d\s*月\s*\d/,
  pattern: new RegExp(
    `(?<![\\d一二三四五六七八九十])(?:(\\d{4})[ \\t]?年[ \\t]?)?(\\d{1,2})[ \\t]?月[ \\t]?(\\d{1,2})(?![日号]|${FIGURE_AFTER}|[./\\-:~～]\\d)`,
    "g",
  ),
  parse: (m, ctx) => {
    const month = Number(m[2]);
    const year = m[1] ? Number(m[1]) : resolveYear(month, ctx.reportDate);
    return dayRange(year, month, Number(m[3]));
  },
};

/**
 * 20170515: a compact day stamp, as in logs and file names. Strict, since long
 * numbers are mostly IDs and figures: exactly eight digits, a year 2000–2099, a
 * real month and day, and no digit, letter, `.` or `/` glued to either side
 * (`QQ20161229-2.png`, `1.20170515`, `120170515` are no dates).
 */
export const dayStampParser: TokenParser = {
  name: "day-stamp",
  priority: 95,
  hint: /20\d{6}/,
  // A dash glued to a number (`010-20170515`) makes an ID; a rule of dashes (`-------20170519`) does not.
  pattern: /(?<![\dA-Za-z_./:])(?<![\dA-Za-z]-)(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\dA-Za-z_%％]|[./\-:]\d)/g,
  parse: (m) => dayRange(Number(m[1]), Number(m[2]), Number(m[3])),
};

/**
 * 24.05.15: a two-digit year, as in meeting minutes. Versions look alike
 * (`1.2.0`, `6.2.1`, `22.03`, `22.04.1`), so the rule is strict: three groups of
 * exactly two digits, a month 01–12 and a day 01–31 with their leading zeros,
 * nothing numeric glued on, and a year within one of the report's year (a version
 * `12.10.01` in a 2024 report is no date). Slashes and dashes (`24/05/15`,
 * `15-05-24`) are left alone: day-first and year-first orders both exist there.
 */
export const shortYearDateParser: TokenParser = {
  name: "short-year-date",
  priority: 95,
  hint: /\d\d\.\d\d\.\d\d/,
  pattern: /(?<![\dA-Za-z_./\-:])(\d\d)\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])(?![\dA-Za-z_%％]|[./\-:]\d)/g,
  parse: (m) => dayRange(2000 + Number(m[1]), Number(m[2]), Number(m[3])),
  validate: (range: DateRange, ctx: DateContext) => Math.abs(range.start.getFullYear() - ctx.reportDate.getFullYear()) <= 1,
};
