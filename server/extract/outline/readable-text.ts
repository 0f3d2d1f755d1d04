import { finder, isSpace } from "./text-scan";

const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
/** `<br>`, `<br/>`, `<br />`: a line break typed where Markdown allows none (a table cell, a heading). */
export const LINE_BREAK_TAG = /<br\s*\/?>/gi;
const URL = /\b(?:https?|ftp):\/\/[^\s<>()（）\]]{1,1000}/g;
const MAX_LABEL = 200;
const MAX_TARGET = 1000;

/**
 * Every `![label](target)` (`image`) or `[label](target)` of `text` replaced by
 * `keep(label)`: a label of up to 200 characters without `]`, a target of up to
 * 1,000 without `)` or a space, as `/!?\[([^\]]{0,200})\]\([^)\s]{0,1000}\)/g`
 * would replace them. Scanned once: that pattern, retried at every `[`,
 * rescans up to 1,200 characters each time.
 */
function replaceLinks(text: string, image: boolean, keep: (label: string) => string): string {
  const opener = image ? "![" : "[";
  const labelEnd = finder(text, (ch) => ch === "]");
  const targetEnd = finder(text, (ch) => ch === ")" || isSpace(ch));
  let out = "";
  let copied = 0;
  for (let at = text.indexOf(opener); at !== -1;) {
    const labelStart = at + opener.length;
    const close = labelEnd(labelStart);
    const targetStart = close + 2;
    const end = close < text.length && close - labelStart <= MAX_LABEL && text[close + 1] === "(" ? targetEnd(targetStart) : -1;
    if (end === -1 || end === text.length || end - targetStart > MAX_TARGET || text[end] !== ")") {
      at = text.indexOf(opener, at + 1);
      continue;
    }
    out += text.slice(copied, at) + keep(text.slice(labelStart, close));
    copied = end + 1;
    at = text.indexOf(opener, copied);
  }
  return out + text.slice(copied);
}

const LEADING_BREAKS = /^(?:<br\s*\/?>\s*)+/i;
const BREAK_ALONE = /^<br\s*\/?>$/i;

/** The text without the line breaks it starts or ends with (`清算系统<br/>`), trimmed. */
export function withoutEdgeBreaks(text: string): string {
  let rest = text.trim().replace(LEADING_BREAKS, "");
  // from the end by lastIndexOf: a pattern anchored at the end is retried at every space of a long run
  for (let at = rest.lastIndexOf("<"); at >= 0 && BREAK_ALONE.test(rest.slice(at)); at = rest.lastIndexOf("<"))
    rest = rest.slice(0, at).trimEnd();
  return rest;
}

// `~~12/6~~ 12/13上线`, `~~12/6上线~~ 延期至12/13上线`: a struck-through date with words after it is the plan
// the writer withdrew for them, as `原定12/6，调整为12/13上线` says it. One struck alone stays as written.
const STRUCK = /~~([^~]{1,200})~~(?:\s?(?:→|->|=>)\s?)?/g;
/** A day written in a short text (`12/6`, `12月6日`, `周五`, `月底`): enough to tell that the text names one. */
export const NAMES_A_DAY = /\d{1,2}\s?[/.月-]\s?\d{1,2}|周[一二三四五六日]|月[初中底末]/;
const CHANGE_WORD = /^\s*(?:延期|推迟|延后|延迟|顺延|调整|改[为到至]|延至|推至|提前)/;

function withStruckPlans(text: string): string {
  return text.replace(STRUCK, (whole: string, struck: string, at: number) => {
    const after = text.slice(at + whole.length);
    if (!NAMES_A_DAY.test(struck) || !NAMES_A_DAY.test(after)) return struck;
    return `原定${struck}，${CHANGE_WORD.test(after) ? "" : "调整为"}`;
  });
}

/**
 * The words of a line as a reader sees them: inline HTML (`<span style="color:red;">12月28日联调</span>`),
 * images, bold marks (`**进度**：80%`) and link targets dropped, a link's text kept. A date inside a URL
 * (`/blog/2020-12-12-…`) is nobody's milestone.
 */
export function readableText(text: string): string {
  if (!/[<\]:*~]/.test(text)) return text;
  // a break between two statements (`11/28提测<br>12/5上线`) keeps them apart, as two clauses
  const plain = withStruckPlans(withoutEdgeBreaks(text).replace(LINE_BREAK_TAG, "；").replace(TAG, ""));
  const withoutImages = replaceLinks(plain, true, () => "");
  return replaceLinks(withoutImages, false, (label) => label)
    .replace(URL, " ")
    .replace(/\*\*/g, "")
    .trim();
}
