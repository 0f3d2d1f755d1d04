export interface NamedText {
  name: string;
  content: string;
}

// The first colon that is not part of a time (09:43), a URL (https://) or a code
// joining two Latin words or numbers (openEuler:Mainline, 22.03:LTS, todolist:http).
const NAME_COLON = /[：]|(?<![A-Za-z0-9._-]):(?!\/\/)|:(?![A-Za-z0-9/])/;

/** `长沙佣金存管：进度10%…` → name and content; null when the text has no name before a colon. */
export function splitName(text: string): NamedText | null {
  const colon = NAME_COLON.exec(text);
  if (!colon) return null;
  const name = cleanName(text.slice(0, colon.index));
  if (name === "" || name.length > 40 || /[，,。；;！!？?]/.test(name)) return null;
  return { name, content: text.slice(colon.index + 1).trim() };
}

// Where a colon-less item stops naming its work: a date, a figure, a state word.
const NAME_END = new RegExp(
  [
    String.raw`\d{1,4}\s*[./\-月年]\s*\d|\d{1,2}\s*月`,
    String.raw`|(?<![\d.])\d+(?:\.\d+)?\s*[%％]`,
    "|进度|预计|计划|已经|已|将于|正在",
    "|本周|下周|上周|周[一二三四五六日]|Q[1-4]",
    "|[（(]",
  ].join(""),
);
const LEADING_VERB = /^(?:完成了?|已经|已|继续|持续|推进|推动|跟进|负责|参与|协助|配合|支持|启动|开始|进行)/;

/**
 * Names an item that has no `名称：`: its first clause up to the first date or
 * state word (`WAF迁移，态势感知…` → WAF迁移, `ARK国密检测通知已收` → ARK国密检测通知).
 */
export function colonlessName(text: string): string {
  const clause = text.split(/[，,；;。！!？?]/)[0] ?? "";
  const cut = NAME_END.exec(clause);
  let name = cleanName(cut && cut.index > 0 ? clause.slice(0, cut.index) : clause);
  const stripped = name.replace(LEADING_VERB, "");
  if (stripped.length >= 2) name = stripped;
  return name.length > 40 ? name.slice(0, 40) : name;
}

/** Drops emphasis, brackets and stray punctuation around a name. */
export function cleanName(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .replace(/^[\s【[]+|(?<![\s】\]])[\s】\]]+$/g, "")
    .replace(/^[-—–·•\s]+|(?<![-—–·•\s:：])[-—–·•\s:：]+$/g, "")
    .trim();
}
