import { asciiWordAt, finder, isSpace, isWordChar } from "./text-scan";

const MAX_LABEL = 200;
const MAX_TARGET = 500;
const MAX_IMG_TAG = 1000;

/**
 * Whether `text` is nothing but links and images (`[…](…)`, `![…](…)`,
 * `<img …>`), bare URLs and separators (spaces, `,`, `，`, `、`): what
 * `/^(?:!?\[[^\]]{0,200}\]\([^)]{0,500}\)|<img\b[^>]{0,1000}>|https?:\/\/\S+|[\s,，、])+$/i`
 * matches. A URL may end anywhere in its run of non-spaces, so that pattern
 * tries every way to cut a run of URLs (exponential); here each position is
 * visited once, marked when some sequence of pieces reaches it.
 */
export function isLinkOnly(text: string): boolean {
  const size = text.length;
  if (size === 0) return false;
  const reached = new Uint8Array(size + 1);
  // URLs reach spans of positions: +1 where a span opens, -1 after it closes.
  const spans = new Int32Array(size + 2);
  const labelEnd = finder(text, (ch) => ch === "]");
  const targetEnd = finder(text, (ch) => ch === ")");
  const tagEnd = finder(text, (ch) => ch === ">");
  const runEnd = finder(text, isSpace);
  reached[0] = 1;
  let openSpans = 0;
  for (let at = 0; at < size; at++) {
    openSpans += spans[at]!;
    if (!reached[at] && openSpans === 0) continue;
    const ch = text[at]!;
    if (ch === "," || ch === "，" || ch === "、" || isSpace(ch)) {
      reached[at + 1] = 1;
    } else if (ch === "[" || (ch === "!" && text[at + 1] === "[")) {
      const labelStart = at + (ch === "!" ? 2 : 1);
      const close = labelEnd(labelStart);
      if (close === size || close - labelStart > MAX_LABEL || text[close + 1] !== "(") continue;
      const end = targetEnd(close + 2);
      if (end < size && end - (close + 2) <= MAX_TARGET) reached[end + 1] = 1;
    } else if (ch === "<" && asciiWordAt(text, at + 1, "img") && !isWordChar(text[at + 4])) {
      const end = tagEnd(at + 4);
      if (end < size && end - (at + 4) <= MAX_IMG_TAG) reached[end + 1] = 1;
    } else if (asciiWordAt(text, at, "http")) {
      const scheme = at + (asciiWordAt(text, at + 4, "s") ? 5 : 4);
      if (text.slice(scheme, scheme + 3) !== "://") continue;
      const rest = scheme + 3;
      // `\S+`: at least one non-space, and any number more up to the next space.
      if (rest === size || isSpace(text[rest])) continue;
      const after = runEnd(rest) + 1;
      spans[rest + 1] = spans[rest + 1]! + 1;
      spans[after] = spans[after]! - 1;
    }
  }
  return reached[size] === 1 || openSpans + spans[size]! > 0;
}
