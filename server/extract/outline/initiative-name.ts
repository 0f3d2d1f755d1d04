import { cleanName, withoutStateTag } from "./item-name";
import { LINE_BREAK_TAG, withoutEdgeBreaks } from "./readable-text";
import { withoutNumbering, withoutSymbols } from "./section-kinds";

export interface HeadingName {
  /** the work the heading names */
  name: string;
  /** what the heading says besides the name: notes in brackets (`小流量上线`, `hold`, `进展预估 70%`) */
  notes: string;
  /** the person a `@张三` or `（李林）` names, else null */
  owner: string | null;
}

const OWNER_MARK = /[@＠]\s*([\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9_.·-]{0,15})/g;
// A person in brackets after a name: `（李林）`, `- （李林、文宇）`, `（@佳莹）`, `（负责人：王芳）`.
const BRACKETED_PEOPLE =
  /[(（]\s*(?:(?:负责人|责任人|对接人|owner|PM)\s*[:：]\s*)?@?([\u4e00-\u9fa5]{2,4}(?:[、,，/][\u4e00-\u9fa5]{2,4})*)\s*[)）]/i;
const NOTE = /[(（[【]([^()（）[\]【】]{1,40})[)）\]】]/g;
// `（进行中）`, `(已上线)`, `(无更新)`: the state of the work in brackets, not a person.
const STATE_NOTE =
  /^(?:进行中|开发中|测试中|联调中|设计中|规划中|排期中|已上线|已完成|已提测|已结项|已暂停|已延期|无更新|暂无更新|暂停|待定|待上线|未开始|完成|上线|延期)$/;

// `（二期）`, `（重构）`, `（灰度）`: a stage or a kind of work in brackets, not a person.
const WORK_NOTE = /期|版|阶段|重构|优化|升级|改造|迁移|测试|开发|需求|项目|系统|平台|灰度|全量|流量|试点|规划|方案|上线|联调/;

/** The people a bracket names (`（李林、文宇）`), unless it is a state or a stage of the work. */
function bracketedPeople(text: string): string | null {
  const people = BRACKETED_PEOPLE.exec(text)?.[1];
  return people && !STATE_NOTE.test(people) && !WORK_NOTE.test(people) ? people : null;
}
const MAX_NOTES = 3;
// Anchored to the start of its run so that a long run of dashes inside a name stays linear.
const TRAILING_JUNK = /(?<![\s\-—–_:：,，])[\s\-—–_:：,，]+$/;

/** The first person named with `@` in a text, else null. */
export function ownerMark(text: string): string | null {
  OWNER_MARK.lastIndex = 0;
  const m = OWNER_MARK.exec(text);
  return m ? m[1]! : null;
}

/**
 * Splits a heading or item title that names a piece of work into the name and
 * what is written around it: `1. mip-form升级（@佳莹）` → mip-form升级, owner 佳莹;
 * `POI商圈推荐（小流量上线） @李林` → POI商圈推荐, notes 小流量上线, owner 李林;
 * `SG2044 适配 [进展预估 70%]` → SG2044 适配, notes 进展预估 70%.
 * A table's name cell is read the same way (`风控平台（张三）`, `RS样式升级@健驰`).
 */
export function headingName(text: string): HeadingName {
  // a typed line break (`清算系统<br/>`) is no part of the name; other markup stays text, shown escaped
  const plain = withoutStateTag(withoutEdgeBreaks(text).replace(LINE_BREAK_TAG, " "));
  let rest = withoutNumbering(withoutSymbols(plain.replace(/\*\*|__|`/g, "").trim()));
  const owner = ownerMark(rest) ?? bracketedPeople(rest)?.split(/[、,，/]/)[0] ?? null;
  rest = rest.replace(OWNER_MARK, " ").replace(/[(（]\s*[)）]/g, "");
  const notes: string[] = [];
  // Notes are taken off the end only: a bracket inside a name (`mip-video（HTTP）播放`) stays.
  for (let round = 0; round < MAX_NOTES; round++) {
    const trimmed = rest.replace(TRAILING_JUNK, "");
    NOTE.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = NOTE.exec(trimmed); m !== null; m = NOTE.exec(trimmed)) last = m;
    rest = trimmed;
    if (!last || last.index + last[0].length !== trimmed.length || last.index === 0) break;
    const note = last[1]!.trim();
    if (bracketedPeople(last[0]) === null) notes.unshift(note);
    rest = trimmed.slice(0, last.index);
  }
  // An unbalanced bracket left by a typo (`BUG@佳莹）`).
  // A dash is cut from the start of its run of spaces only: from each space of a long run it backtracks quadratically.
  const unbalanced = /[(（]/.test(rest) ? rest : rest.replace(/[)）]\s*$/, "");
  const name = cleanName(unbalanced.replace(/(?<!\s)\s+-\s*$/, ""));
  return { name: name.length > 40 ? name.slice(0, 40) : name, notes: notes.join("；"), owner };
}
