import { MONTH_NOUN } from "../date/month-noun";
import { DUE_WORDS } from "../milestone/due-words";
import { LIST_NUMBER_LABEL, namesNothing } from "./list-number-label";

export interface NamedText {
  name: string;
  content: string;
}

const DAY_NAME = /^(?:[本下上]?周[一二三四五六日天]|\d{1,4}\s*[./\-月年]\s*\d{1,2}\s*[日号]?)$/;

// The first colon that is not part of a time (09:43), a URL (https://) or a code
// joining two Latin words or numbers (openEuler:Mainline, 22.03:LTS, todolist:http).
const NAME_COLON = /[：]|(?<![A-Za-z0-9._-]):(?!\/\/)|:(?![A-Za-z0-9/])/;

// `【支付网关】完成联调…`: a name in 【】 opening the line names it as `支付网关：` would; a state tag does not.
// Emphasis around it is only emphasis (`**【支付网关】** 进度 85%`).
const BRACKET_NAME = /^(?:\*\*|__)?【([^【】]{1,40})】(?:\*\*|__)?(?=\s*\S)/;
const STATE_TAG = /^(?:已|未|待)?(?:完成|上线|解决|开始|延期|暂停|处理|确认)$|^(?:进行中|开发中|测试中|重点|新增|风险|紧急|P\d)$/i;

/** The text without the state tag it opens with (`【已完成】对账平台上线` → 对账平台上线): the words after it name the work. */
export function withoutStateTag(text: string): string {
  const tag = BRACKET_NAME.exec(text);
  return tag && STATE_TAG.test(tag[1]!.trim()) ? text.slice(tag[0].length).trimStart() : text;
}

const DUE_LABEL = new RegExp(String.raw`\s(?:${DUE_WORDS})$`, "i");
const NUMBER_LABEL = new RegExp(String.raw`^${LIST_NUMBER_LABEL}$`, "i");
const NUMBER_PREFIX = new RegExp(String.raw`^${LIST_NUMBER_LABEL}\s*[:：]`, "i");

/** `长沙佣金存管：进度10%…`, `【支付网关】完成联调…` → name and content; null when the text has no name before a colon. */
export function splitName(text: string): NamedText | null {
  const bracket = BRACKET_NAME.exec(text);
  if (bracket && !STATE_TAG.test(bracket[1]!.trim()))
    return { name: cleanName(bracket[1]!), content: text.slice(bracket[0].length).trim() };
  const colon = NAME_COLON.exec(text);
  if (!colon) return null;
  // `【进行中】风控规则引擎：…`: the state tag is not part of the name
  const head = withoutStateTag(text.slice(0, colon.index));
  // `[PAY-123] 退款流程优化 - 状态：进行中 - 截止：12/10`: fields after a spaced dash, the name before it
  const dash = head.indexOf(" - ");
  if (dash > 0) return { name: cleanName(head.slice(0, dash)), content: text.slice(dash + 3).trim() };
  // `风控规则配置 DDL：12/12`: a due-date label after the name is a field of the work, not part of its name.
  const due = DUE_LABEL.exec(head);
  if (due && due.index > 0) return { name: cleanName(head.slice(0, due.index)), content: text.slice(due.index).trim() };
  const name = cleanName(head);
  // `KR1：收银台改版上线…`, `任务2：接口联调`: the item's number, not a name (one number: `KR1：KR2：…` names nothing)
  const rest = text.slice(colon.index + 1).trim();
  if (NUMBER_LABEL.test(name) && !namesNothing(rest)) {
    return NUMBER_PREFIX.test(rest) ? null : splitName(rest);
  }
  // `周三：交付α版本`, `12/18：…`: a day is when the line happens, not what it is about (本周：/下周： name its part).
  if (name === "" || name.length > 40 || /[，,。；;！!？?]/.test(name) || DAY_NAME.test(name)) return null;
  return { name, content: rest };
}

// Where a colon-less item stops naming its work: a date, a figure, a state word.
const NAME_END = new RegExp(
  [
    // not a version after a name: `OpenHarmony4.0版本`, `V8 3.2`
    // nor a month naming a thing made for it: `财务对账11月报表核对` is one name
    // nor the version it is upgraded to: `K8s 集群升级到 1.29`
    // nor a version before 版 (`App 5.2 版本`, `鸿蒙 4.0 版本适配`)
    String.raw`(?<![A-Za-z]|(?:升级到|升级至|升至)\s?)\d{1,4}\s*[./\-月年]\s*\d(?!\d{0,3}\s?版)|\d{1,2}\s*月(?!${MONTH_NOUN})`,
    String.raw`|(?<![\d.])\d+(?:\.\d+)?\s*[%％]`,
    "|进度|预计|计划|已经|已|将于|正在",
    // `规则引擎联调中，…`: the state the work is in, after its name
    "|(?<=开发|联调|测试|设计|评审|排期|对接|推进|进行|实施|迁移|改造|训练|调试|优化|修复|部署|验证|评估|编写)中(?=[，,；;。\\s]|$)",
    "|本周|下周|上周|周[一二三四五六日]|Q[1-4]",
    "|[（(]",
  ].join(""),
);
// Verbs that also open names (`发布系统改造`, `组织架构调整`): dropped only after a time.
const VERB_AFTER_TIME = /^(?:上线|发布|部署|提交|召开|举办|举行|组织|开展)(?=\S{2})/;
const LEADING_VERB = /^(?:完成了?|已经|已|继续|持续|推进|推动|跟进|负责|参与|协助|配合|支持|启动|开始|进行)/;

// The time a line opens with: `明天上午9点`, `12月5日`, `9.23`, `2024.12.2`, `周三下午`, `12.13（周五）`, `下月中旬`, `春节`;
// with the plan it is said in (`计划于12月20日`, `争取春节前`) and a deadline's 前 (`12月15日前`); not a version (`8.4版本`).
// One match for the whole run: stripping one word at a time rescans a long run of them.
const WHEN = new RegExp(
  String.raw`^(?:计划|预计|拟|争取|力争|确保)?[于在]?\s*` +
    String.raw`(?:(?:今天|明天|后天|昨天|本周|下周|上周|周[一二三四五六日天]|上午|下午|中午|晚上|早上|\d{1,2}[点时]|\d{1,2}:\d{2}` +
    String.raw`|\d{4}[./\-年]\d{1,2}[./\-月]\d{1,2}(?!\d)[日号]?|\d{1,4}[./\-月年]\d{1,2}(?![\d.]|版)[日号]?` +
    String.raw`|[（(](?:周|星期)[一二三四五六日天][)）]` +
    String.raw`|(?:\d{1,2}|本|上|下个?)?月(?:上旬|中旬|下旬|底|初|中|末)|春节|国庆|元旦|年底|年前|节前)(?:之前|以前|前)?\s*)+`,
);

// A full date (`2024.12.2 `) then a space: a day, whatever words follow it (`2024.12.2 ACT SIG Meeting`).
const FULL_DATE = /^\d{4}[./\-年]\d{1,2}[./\-月]\d{1,2}[日号]?\s/;

/** The words of a clause after the time it opens with (`9.23演示D1游戏` → `演示D1游戏`); not after a version (`22.03:LTS发版相关`). */
function afterWhen(clause: string): string {
  const text = clause.trim();
  const when = WHEN.exec(text);
  const rest = when ? text.slice(when[0].length) : text;
  return when && (FULL_DATE.test(when[0]) || !/^[:：]?[A-Za-z\d]/.test(rest)) ? rest.replace(/^[:：]\s*/, "") : text;
}

/** Where a clause of an item ends. */
const CLAUSE_BREAK = /[，,；;。！!？?①-⑳]/;

/** The fewest characters after an opening time that name a work of their own (`12/24 东亚时区双周同步会`, not `12/20 上线`). */
const NAME_AFTER_TIME = 4;

/** A dated step of the work above it, `12/20 上线` or `周三 提测，…`: a time, then too few words to name a work. */
export function isDatedStep(text: string): boolean {
  const opening = text.split(CLAUSE_BREAK)[0]!.trim();
  const rest = afterWhen(opening);
  // `12.13（周五）完成压测`: 完成 is no part of a name
  return rest !== opening && rest.replace(LEADING_VERB, "").length < NAME_AFTER_TIME;
}

/**
 * Names an item that has no `名称：`: its first clause up to the first date or
 * state word (`WAF迁移，态势感知…` → WAF迁移, `ARK国密检测通知已收` → ARK国密检测通知).
 */
export function colonlessName(text: string): string {
  const clauses = text.split(CLAUSE_BREAK);
  // A line that opens with when it happens names its work after that: `明天上午9点，V8 双周同步会开始`.
  // What is left must name something: `12/5上线` alone stays as written (two such items are not one work).
  const opening = clauses[0] ?? "";
  const named = (words: string) => {
    const rest = afterWhen(words);
    return rest.length >= NAME_AFTER_TIME ? rest : null;
  };
  const rest = afterWhen(opening);
  // after its time, the verb comes first: `12月18日上线营销中心`, `于12月19日召开项目启动会`
  const timed = rest !== opening ? named(opening)?.replace(VERB_AFTER_TIME, "") : null;
  const clause = timed ?? (rest === "" ? named(clauses[1] ?? "") : null) ?? opening;
  const cut = NAME_END.exec(clause);
  // `数据看板 ETA 12/20`: the due label before the date is no part of the name
  let name = cleanName((cut && cut.index > 0 ? clause.slice(0, cut.index) : clause).trimEnd().replace(DUE_LABEL, ""));
  // `推送 SDK 升级完成 50%`, `数据中台建设完成总体进度的65%`: how much of the work is done, after its name
  if (cut && /[%％]$|^进度$/.test(cut[0])) name = cleanName(name.replace(DONE_BEFORE_FIGURE, ""));
  const stripped = name.replace(LEADING_VERB, "").trimStart();
  if (stripped.length >= 2) name = stripped;
  return name.length > 40 ? name.slice(0, 40) : name;
}

const DONE_BEFORE_FIGURE = /(?:已经?)?完成(?:了|度|率)?(?:总体|整体|全部)?$/;

// A status mark after a name (`搜索推荐 ⚠️`, `指标体系 @李四 🟡`, as 飞书 and Notion pastes put it) is no part of it.
// From the start of its run only: from every mark of a long run it would backtrack quadratically.
const TRAILING_MARKS = /(?<![\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s])[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/u;

/** Drops emphasis, brackets, status marks and stray punctuation around a name. */
export function cleanName(text: string): string {
  return text
    .replace(/\*\*|__|`|~~/g, "")
    .replace(TRAILING_MARKS, "")
    .replace(/^[\s【[]+|(?<![\s】\]])[\s】\]]+$/g, "")
    .replace(/^[-—–·•\s]+|(?<![-—–·•\s:：])[-—–·•\s:：]+$/g, "")
    .trim();
}
