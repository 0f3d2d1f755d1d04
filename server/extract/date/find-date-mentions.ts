import { isBefore, subDays } from "date-fns";
import { MONTH_NOUN } from "./month-noun";
import { DATE_PARSERS } from "./parsers";
import type { DateContext, DateMention, DateRange, TokenParser } from "./types";
import { DEFAULT_WINDOW_BOUNDS, type WindowBounds } from "./window-bounds";

// 前 after a date is a deadline unless it starts another word (前端, 前置, 前期 …).
const DEADLINE_AFTER = /^\s*(?:之前|以前|为止|截止|前(?![端置台后期面序提]))/;
const DEADLINE_BEFORE = /(?:截止(?:到|至)?|截至|不晚于|最晚|最迟|\bby|\bbefore)\s*$/i;
// `下周二（12/10）`: an explicit date in brackets right after a phrase wins.
const BRACKETED_AFTER = /^\s*[（(]\s*$/;

// Hot path of large reports: plain field reads and a timestamp comparison, no date arithmetic.
function inBounds(range: DateRange, bounds: WindowBounds): boolean {
  const first = range.start.getFullYear();
  const last = range.end.getFullYear();
  return first >= bounds.firstYear && last <= bounds.lastYear && range.end.getTime() >= range.start.getTime();
}

/** Within the window's days: a date outside it is read, then left out. */
function inWindow(range: DateRange, bounds: WindowBounds): boolean {
  return inBounds(range, bounds) && range.start.getTime() >= bounds.firstDay && range.end.getTime() < bounds.afterLastDay;
}

interface Ranked {
  mention: DateMention;
  priority: number;
}

function collectCandidates(text: string, ctx: DateContext, parser: TokenParser, into: Ranked[]): void {
  if (parser.hint && !parser.hint.test(text)) return;
  // Patterns are shared and stateful (`g`): rewind before use; extraction is synchronous.
  const pattern = parser.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const range = parser.parse(m, ctx);
    if (!range || !inBounds(range, ctx.window ?? DEFAULT_WINDOW_BOUNDS) || (parser.validate && !parser.validate(range, ctx))) continue;
    const mention: DateMention = {
      start: range.start,
      end: range.end,
      precision: range.precision,
      index: m.index,
      length: m[0].length,
      text: m[0],
      rule: parser.name,
      deadline: parser.deadline === true,
      relative: parser.relative === true,
    };
    into.push({ mention, priority: parser.priority });
  }
}

/** Keeps the best of overlapping candidates: higher priority, then longer, then earlier. */
function resolveOverlaps(all: Ranked[], textLength: number): DateMention[] {
  if (all.length <= 1) return all.map((r) => r.mention);
  all.sort((a, b) => b.priority - a.priority || b.mention.length - a.mention.length || a.mention.index - b.mention.index);
  // Taken characters are marked in a bitmap: checking a candidate costs its own length,
  // not the number of kept mentions (a 100 KB run of `1月` yields 50 000 candidates).
  const taken = new Uint8Array(textLength);
  const kept: DateMention[] = [];
  for (const { mention } of all) {
    const end = mention.index + mention.length;
    if (taken.subarray(mention.index, end).includes(1)) continue;
    taken.fill(1, mention.index, end);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.index - b.index);
}

// `下周三01-04`, `12月20日这周日`, `【下周】12/13`, `下周：12/13`: side by side with at most a space
// (or the bracket or colon that tags the week), the two name one day.
const SIDE_BY_SIDE = /^[ \t]{0,2}[】\]）):：]?[ \t]{0,2}$/;
// Sticky: read where a pair ends, without copying the rest of the text for each pair.
const CLOSING_BRACKET = /\s*[）)]/y;

// Bare weekdays (周二, Friday): their week is a guess, their day of the week is not.
const BARE_WEEKDAY_RULES = new Set(["weekday", "english-weekday"]);

function agree(explicit: DateRange, relative: DateMention): boolean {
  if (BARE_WEEKDAY_RULES.has(relative.rule) && !/^(?:this|next|last)/i.test(relative.text)) {
    return explicit.start.getTime() === explicit.end.getTime() && explicit.start.getDay() === relative.start.getDay();
  }
  return explicit.start.getTime() >= relative.start.getTime() && explicit.end.getTime() <= relative.end.getTime();
}

/**
 * A relative phrase and an explicit date written together name one date, and
 * the explicit one wins: `下周二（12/10）`, `下周三01-04`, `12月20日这周日`,
 * `12/10（周二）`. When the relative phrase alone means something else (a plan
 * copied from last week's report, a slip of the pen), `disagrees` keeps what it meant.
 */
function mergePaired(mentions: DateMention[], text: string): DateMention[] {
  const merged: DateMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const between = previous ? text.slice(previous.index + previous.length, mention.index) : "";
    const joined = previous !== undefined && (BRACKETED_AFTER.test(between) || SIDE_BY_SIDE.test(between));
    const relativeFirst = joined && previous.relative && !mention.relative;
    // An explicit day then a relative one: only day with day (`12月27日下周日`), never `12/5 下周`.
    const explicitFirst = joined && !previous.relative && mention.relative && previous.precision === "day" && mention.precision === "day";
    if (!relativeFirst && !explicitFirst) {
      merged.push(mention);
      continue;
    }
    const [explicit, relative] = relativeFirst ? [mention, previous] : [previous, mention];
    const after = mention.index + mention.length;
    CLOSING_BRACKET.lastIndex = after;
    const close = BRACKETED_AFTER.test(between) ? CLOSING_BRACKET.exec(text) : null;
    const end = after + (close ? close[0].length : 0);
    const pair: DateMention = { ...explicit, index: previous.index, length: end - previous.index, text: text.slice(previous.index, end) };
    if (!agree(explicit, relative)) pair.disagrees = relative.end;
    merged[merged.length - 1] = pair;
  }
  return merged;
}

/**
 * `12月22日 …推迟到22日`, `12月28日提测，3日上线`: a bare day takes the month of the
 * explicit date said before it in the same text, or before the text in its line
 * (`ctx.anchor`), the next month when its day is smaller; not the report's month.
 */
function anchorBareDays(mentions: DateMention[], ctx: DateContext): DateMention[] {
  let anchor: Date | null = ctx.anchor ?? null;
  return mentions.map((mention) => {
    if (mention.rule !== "day-of-month") {
      if (!mention.relative && mention.precision === "day") anchor = mention.end;
      return mention;
    }
    if (!anchor) return mention;
    const day = mention.start.getDate();
    const month = anchor.getMonth() + (day < anchor.getDate() ? 1 : 0);
    const date = new Date(anchor.getFullYear(), month, day);
    if (date.getDate() !== day) return mention;
    return { ...mention, start: date, end: date };
  });
}

function applyDeadline(mention: DateMention, text: string, ctx: DateContext): DateMention {
  const after = DEADLINE_AFTER.exec(text.slice(mention.index + mention.length, mention.index + mention.length + 4));
  const before = DEADLINE_BEFORE.test(text.slice(Math.max(0, mention.index - 8), mention.index));
  if (!after && !before) return mention;
  // A holiday is a moment to be ready before (春节前 → the eve); a date or a period is itself the last day.
  const end = mention.rule === "holiday" ? subDays(mention.start, 1) : mention.end;
  const start = isBefore(ctx.reportDate, end) ? ctx.reportDate : end;
  const length = mention.length + (after ? after[0].length : 0);
  return { ...mention, start, end, deadline: true, length, text: text.slice(mention.index, mention.index + length) };
}

const MONTH_NAMES_THING = new RegExp(`^${MONTH_NOUN}`);
const MONTH_NOUN_REACH = 4;

function namesAThing(mention: DateMention, text: string): boolean {
  if (mention.precision !== "month") return false;
  const after = mention.index + mention.length;
  return MONTH_NAMES_THING.test(text.slice(after, after + MONTH_NOUN_REACH));
}

// Every rule needs one of these characters; most clauses of a report have none.
const DATE_HINT = /[\d〇一二三四五六七八九十廿卅周星礼月年季旬今明昨后元春国双节QqJjFfMmAaSsOoNnDdWwLlEe]/;

/** Every date phrase in `text`, left to right, resolved against the context. */
export function findDateMentions(text: string, ctx: DateContext): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  const all: Ranked[] = [];
  for (const parser of DATE_PARSERS) collectCandidates(text, ctx, parser, all);
  if (all.length === 0) return [];
  const mentions = anchorBareDays(mergePaired(resolveOverlaps(all, text.length), text), ctx);
  const bounds = ctx.window ?? DEFAULT_WINDOW_BOUNDS;
  return mentions
    .filter((mention) => !namesAThing(mention, text))
    .map((mention) => applyDeadline(mention, text, ctx))
    .filter((mention) => inWindow(mention, bounds));
}
