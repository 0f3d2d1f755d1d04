import { finder, isSpace } from "./text-scan";

const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
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

/**
 * The words of a line as a reader sees them: inline HTML (`<span style="color:red;">12月28日联调</span>`),
 * images and link targets dropped, a link's text kept. A date inside a URL
 * (`/blog/2020-12-12-…`) is nobody's milestone.
 */
export function readableText(text: string): string {
  if (!/[<\]:]/.test(text)) return text;
  const withoutImages = replaceLinks(text.replace(TAG, ""), true, () => "");
  return replaceLinks(withoutImages, false, (label) => label)
    .replace(URL, " ")
    .trim();
}
