import { EVENT_PATTERN } from "./event-words";

// Words around a subject that carry tense, hedging or grammar, not the work (预计, 已, 把 …).
const LEADING_FILLER = new RegExp(
  [
    String.raw`^(?:(?:进度|进展|状态|当前进度|目前进度)\s*[:：]`,
    "|ETA|暂定|预估|初步|预计|计划于|计划|期望|希望",
    "|已经|已|于|将于|将|拟|争取|目标|预期|正在|目前|当前",
    "|业务侧|业务方|业务期望|业务希望",
    "|把|对(?!账)|在|自|从|并于|并|再|及|和|与|需要|需|要|开始|进行了|进行|的时候|的|了|转|由",
    "|原定|原计划|原预计",
    "|均|都|同时|另外|其中|最终|顺利|全部|约|截止|截至|等|后|左右",
    "|上午|下午|中午|晚上|早上|凌晨",
    String.raw`|\d{1,2}\s*[点时](?:\d{1,2}分?|半)?`,
    "|有一个|有个|有|是",
    // a bracket left by a tag the date was read from (`【本周】策略评审`)
    String.raw`|[—\-、，,（()）：:\s.。;；~～】\]])+`,
  ].join(""),
);
const TRAILING_WORDS = [
  ...["工作", "事宜", "ETA", "暂定", "预估"],
  ...["延期至", "延期到", "推迟至", "推迟到", "调整为", "调整到", "调整至", "改为", "改到", "顺延至", "延后至", "延至", "推至", "延迟至"],
  ...["由", "原定", "原计划"],
  ...["的", "了", "做", "进行了", "进行", "重新", "全部", "都", "再", "均", "将", "已经", "已", "预计", "计划", "期望", "于", "在"],
  ...["时间", "日期", "节点", "时间点"],
  ...["顺利", "分批", "开始", "统一", "以来", "左右", "前后"],
];
const TRAILING_MARK = /[—\-、，,（()）：:\s.。;；~～【[]/;
const TRAILING_BY_FIRST = new Map<string, string[]>();
for (const word of TRAILING_WORDS) {
  const same = TRAILING_BY_FIRST.get(word[0]!);
  if (same) same.push(word);
  else TRAILING_BY_FIRST.set(word[0]!, [word]);
}
const LONGEST_TRAILING = Math.max(...TRAILING_WORDS.map((word) => word.length));

/**
 * `text` without its longest tail made only of filler words and marks (what
 * `(?:工作|事宜|…|[—\-、…])+$` removed). Read once from the end: that pattern,
 * retried from every position, could also cut a tail into words in many ways
 * (进行了 or 进行 + 了), exponentially many on a long one.
 */
function withoutTrailingFiller(text: string): string {
  // filler[i]: text from i to the end is filler only.
  const filler = new Uint8Array(text.length + 1);
  filler[text.length] = 1;
  let start = text.length;
  // Once more characters than the longest word lie between i and the filler tail, nothing before i reaches it.
  for (let i = text.length - 1; i >= 0 && start - i <= LONGEST_TRAILING; i--) {
    const ch = text[i]!;
    const mark = TRAILING_MARK.test(ch) && filler[i + 1] === 1;
    if (mark || TRAILING_BY_FIRST.get(ch)?.some((word) => filler[i + word.length] === 1 && text.startsWith(word, i))) {
      filler[i] = 1;
      start = i;
    }
  }
  return text.slice(0, start);
}

const JUNK = /^[\d\s%％.,，、()（）:：\-/]*$/;
const MAX_SUBJECT = 30;

/** The noun phrase left when tense, hedging and grammar words are removed; "" when nothing is left. */
export function cleanSubject(text: string): string {
  // Only the end of a long text can be kept (MAX_SUBJECT): the fillers are not scanned over the rest.
  const near = text.length > 4 * MAX_SUBJECT ? text.slice(text.length - 4 * MAX_SUBJECT) : text;
  // a tick or an emoji marks the state (state-words.ts), never names the work
  // nor does an owner's mark (`@王磊 设计评审`, `12/13 上线 @李四`, `（@李四）`): the owner is read from it elsewhere
  let subject = near
    .replace(/\*\*|`|\p{Extended_Pictographic}|\uFE0F|\u200D|[✓√]/gu, "")
    .replace(/[@＠][\u4e00-\u9fa5A-Za-z]{1,12}(?:\s|$|(?=[)）]))/g, "")
    .trim();
  for (let i = 0; i < 4; i++) {
    const next = withoutTrailingFiller(subject.replace(LEADING_FILLER, ""));
    if (next === subject) break;
    subject = next;
  }
  if (JUNK.test(subject) || (subject.length < 2 && !/[A-Za-z]/.test(subject))) return "";
  return subject.length > MAX_SUBJECT ? subject.slice(subject.length - MAX_SUBJECT) : subject;
}

// Where the leading noun phrase of a sub-item ends: a state word, a work phase, a figure or an event.
const LEAD_END = /已|预计|计划|将|正在|开发|研发|产品|需求|调整|进度|目前|当前|本周|下周|于|自|\d/;

/**
 * The leading subject of a sub-item (`整装业务产品方案调整中` → 整装业务):
 * it names the milestones of that sub-item that have no subject of their own.
 */
export function leadSubject(text: string): string {
  const clause = text.split(/[，,；;。]/)[0] ?? "";
  const stop = LEAD_END.exec(clause);
  const pattern = new RegExp(EVENT_PATTERN.source, EVENT_PATTERN.flags);
  const event = pattern.exec(clause);
  const end = Math.min(stop ? stop.index : clause.length, event ? event.index : clause.length);
  if (end === clause.length) return "";
  const subject = cleanSubject(clause.slice(0, end));
  return subject.length >= 2 ? subject : "";
}
