import { findDateMentions } from "../date/find-date-mentions";
import { EVENT_PATTERN } from "../milestone/event-words";
import type { NamedText } from "./item-name";

// Where a date is looked for only to see that there is one: any day will do, none is resolved here.
const ANY_DAY = new Date(Date.UTC(2024, 0, 1));
// What may stand beside the time in a field that only says when: a plan word, a deadline's 前, brackets.
const WHEN_WORDS = /^(?:预计|计划|暂定|拟|约|目标|截止|于|在|前|之前|以前|左右|前后|[\s，,。；;、（）()~～\-—至到])*$/;

/** `12/5`, `预计1月中旬`, `2025年5月`: a text that says when and nothing else. */
function saysOnlyWhen(text: string): boolean {
  const mentions = findDateMentions(text, { reportDate: ANY_DAY, future: true });
  if (mentions.length === 0) return false;
  let rest = "";
  let at = 0;
  for (const m of mentions) {
    rest += text.slice(at, m.index);
    at = m.index + m.length;
  }
  return WHEN_WORDS.test(rest + text.slice(at));
}

function hasEvent(text: string): boolean {
  EVENT_PATTERN.lastIndex = 0;
  const found = EVENT_PATTERN.test(text);
  EVENT_PATTERN.lastIndex = 0;
  return found;
}

/**
 * `- 提测：12/5`, `竣工验收：预计1月中旬`, `毕业答辩时间：2025年5月`: a label that is itself the event, with only
 * its time after the colon. Read apart, the time has no event to name it; the line is read whole instead,
 * as `提测：12/5` inside a sentence is. (`服务网格接入：进度 40%，ETA 12/20` says more than when.)
 */
export function isEventLabel(named: NamedText): boolean {
  return hasEvent(named.name) && saysOnlyWhen(named.content);
}

// `上线时间：`, `验收日期：`: the field of an event's date
const DATE_FIELD = /(?:时间|日期|节点)$/;

/**
 * `- 提测：12/5`, `- 竣工验收：1月中旬`: a label that is nothing but events is a step of the work above it,
 * as `- 12/5 提测` is, not a work of its own (`消防验收：12/20` names what is accepted).
 */
export function isStepLabel(named: NamedText): boolean {
  return isEventLabel(named) && named.name.replace(DATE_FIELD, "").replace(EVENT_PATTERN, "").trim() === "";
}
