import { FUTURE_WORDS } from "../date/parse-date-phrase";
import { matchBefore } from "./match-before";
import { solidTail, type Span } from "./solid-tail";

// One \s* before and one inside the optional word: two around it would split a run of spaces every way.
export const DONE_BEFORE_EVENT = /已(?:经)?(?:于|在)?\s*(?:(?:全部|顺利|正式|成功)\s*)?$/;
// The most non-space characters DONE_BEFORE_EVENT takes: 已经于 and a word of two.
const DONE_BEFORE_SOLID = 5;
const DONE_ANYWHERE = /顺利|完毕|跑通|已完成|成功上线|[✅✓✔√☑]|\b(?:done|completed|launched|went live|shipped|released)\b/i;
// Sticky: read where an event ends, without copying the rest of the clause.
const DONE_AFTER_EVENT = /\s*(?:完成|完毕|结束|成功|了)/y;
// `无法满足4月30日的交付节点`, `时间较为紧张`, `来不及`: the writer doubts the date.
const RISK_WORDS = new RegExp(
  [
    String.raw`风险|待定|不确定|可能延期|可能推迟|受阻|阻塞|存疑|\bTBD\b|at risk|\bblocked\b|\bblocker\b`,
    "|无法(?:满足|按期|如期|按时|交付|完成|上线|达成)|难以(?:按期|如期|按时)|来不及|赶不上",
    "|(?:时间|工期|排期)(?:较为|比较|非常|十分|很)?紧张?",
  ].join(""),
  "i",
);
const futureWordsBefore = matchBefore(FUTURE_WORDS, "deadline".length);

/**
 * The state words of one clause, read once for all its dates: asking the whole
 * clause again for each date made a clause of thousands of dates quadratic.
 */
export interface ClauseStateWords {
  /** 顺利, 跑通, ✅ …: done, anywhere in the clause */
  done(): boolean;
  /** 预计, 计划 …, anywhere in the clause */
  future(): boolean;
  /** 预计, 计划 … before `end` */
  futureBefore(end: number): boolean;
  /** the words before `end`, with the date `cut` left out, end in 已, 已于, 已经顺利 … */
  doneBefore(end: number, cut?: Span): boolean;
  /** 完成, 结束, 了 … right after `at` */
  doneAfter(at: number): boolean;
}

export function readStateWords(clause: string): ClauseStateWords {
  let done: boolean | undefined;
  let future: boolean | undefined;
  let futureBefore: ((end: number) => boolean) | undefined;
  const tail = solidTail(clause, DONE_BEFORE_SOLID);
  // Many dates of a clause can share one event: each end is read once.
  const doneAfter = new Map<number, boolean>();
  return {
    done: () => (done ??= DONE_ANYWHERE.test(clause)),
    future: () => (future ??= FUTURE_WORDS.test(clause)),
    futureBefore: (end) => (futureBefore ??= futureWordsBefore(clause))(end),
    doneBefore: (end, cut) => DONE_BEFORE_EVENT.test(tail(end, cut)),
    doneAfter: (at) => {
      let known = doneAfter.get(at);
      if (known === undefined) {
        DONE_AFTER_EVENT.lastIndex = at;
        known = DONE_AFTER_EVENT.test(clause);
        doneAfter.set(at, known);
      }
      return known;
    },
  };
}

/** Risk words of a sentence (风险, 待定, blocked …): they put its plans at risk. */
export function speaksOfRisk(sentence: string): boolean {
  return RISK_WORDS.test(sentence);
}
