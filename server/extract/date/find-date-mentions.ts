import { isBefore, subDays } from "date-fns";
import { DATE_PARSERS } from "./parsers";
import type { DateContext, DateMention, DateRange, TokenParser } from "./types";

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

// 前 after a date is a deadline unless it starts another word (前端, 前置, 前期 …).
const DEADLINE_AFTER = /^\s*(?:之前|以前|为止|截止|前(?![端置台后期面序提]))/;
const DEADLINE_BEFORE = /(?:截止(?:到|至)?|截至|不晚于|最晚|最迟|\bby|\bbefore)\s*$/i;
// `下周二（12/10）`: an explicit date in brackets right after a phrase wins.
const BRACKETED_AFTER = /^\s*[（(]\s*$/;

// Hot path of large reports: plain field reads and a timestamp comparison, no date arithmetic.
function inBounds(range: DateRange): boolean {
  const first = range.start.getFullYear();
  const last = range.end.getFullYear();
  return first >= MIN_YEAR && last <= MAX_YEAR && range.end.getTime() >= range.start.getTime();
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
    if (!range || !inBounds(range) || (parser.validate && !parser.validate(range, ctx))) continue;
    const mention: DateMention = {
      start: range.start, end: range.end, precision: range.precision, index: m.index, length: m[0].length,
      text: m[0], rule: parser.name, deadline: false, relative: parser.relative === true,
    };
    into.push({ mention, priority: parser.priority });
  }
}

/** Keeps the best of overlapping candidates: higher priority, then longer, then earlier. */
function resolveOverlaps(all: Ranked[]): DateMention[] {
  if (all.length <= 1) return all.map((r) => r.mention);
  all.sort((a, b) => b.priority - a.priority || b.mention.length - a.mention.length || a.mention.index - b.mention.index);
  const kept: DateMention[] = [];
  for (const { mention } of all) {
    const end = mention.index + mention.length;
    if (kept.some((k) => mention.index < k.index + k.length && k.index < end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.index - b.index);
}

function mergeBracketed(mentions: DateMention[], text: string): DateMention[] {
  const merged: DateMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const between = previous ? text.slice(previous.index + previous.length, mention.index) : "";
    if (previous && previous.relative && !mention.relative && BRACKETED_AFTER.test(between)) {
      const close = /^\s*[）)]/.exec(text.slice(mention.index + mention.length));
      const end = mention.index + mention.length + (close ? close[0].length : 0);
      merged[merged.length - 1] = { ...mention, index: previous.index, length: end - previous.index, text: text.slice(previous.index, end) };
      continue;
    }
    merged.push(mention);
  }
  return merged;
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

// Every rule needs one of these characters; most clauses of a report have none.
const DATE_HINT = /[\d〇一二三四五六七八九十廿卅周星礼月年季旬今明昨后元春国双QqJjFfMmAaSsOoNnDdWwLlEe]/;

/** Every date phrase in `text`, left to right, resolved against the context. */
export function findDateMentions(text: string, ctx: DateContext): DateMention[] {
  if (!DATE_HINT.test(text)) return [];
  const all: Ranked[] = [];
  for (const parser of DATE_PARSERS) collectCandidates(text, ctx, parser, all);
  if (all.length === 0) return [];
  const mentions = mergeBracketed(resolveOverlaps(all), text);
  return mentions.map((mention) => applyDeadline(mention, text, ctx)).filter(inBounds);
}
