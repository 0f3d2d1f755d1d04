import type { BoundDate } from "./bind-events";
import { DELIVERY_EVENTS, eventOfRun, findEventRuns } from "./event-words";
import { cleanSubject } from "./subject";

// Phase words are no subjects: `开发进度40%` says nothing about what the next clause delivers.
const NOT_A_SUBJECT = /^(?:开发|研发|测试|联调|整体|项目|需求|方案|当前|目前|总体|业务侧|本周|下周|进度|整体进度)$/;
const STATED_SUBJECT = /^(.{2,30}?)(?:已|预计|计划|将|正在|进度|(?:开发|研发|联调|测试)中)/;

/** The subject without a trailing phase word (`对账模块开发` → 对账模块), or "" when what is left names nothing (`项目`, `需求`). */
export function usableSubject(subject: string): string {
  const trimmed = subject.replace(/(?:开发|研发|测试|整体)$/, "");
  return trimmed.length >= 2 && !NOT_A_SUBJECT.test(trimmed) ? trimmed : "";
}

/**
 * The subject a clause hands to the next clauses of its sentence
 * (`无单营销方案预计12月10日联调，12月中旬上线` → 无单营销方案;
 * `汇金凭证已完成，预计12月20日上线` → 汇金凭证). Only clauses that clearly
 * state a subject do: `X已…`, `X预计…`, `X进度…`, `X灰度/上线…`, or a dated milestone's own subject.
 */
export function carriedSubject(clause: string, bound: readonly BoundDate[]): string {
  const own = bound.find((b) => b.subject !== "" && b.event !== null);
  if (own) return usableSubject(own.subject);
  // Words before a date are no subject to hand on (`预计12月中旬提测` names nothing).
  const firstDate = bound[0]?.mention.index ?? clause.length;
  const stated = STATED_SUBJECT.exec(clause.trim());
  if (stated && clause.indexOf(stated[1]!) + stated[1]!.length <= firstDate) {
    const subject = usableSubject(cleanSubject(stated[1]!));
    if (subject) return subject;
  }
  const run = findEventRuns(clause).find((r) => DELIVERY_EVENTS.has(eventOfRun(r).event));
  return run && run.start <= firstDate ? usableSubject(cleanSubject(clause.slice(0, run.start))) : "";
}
