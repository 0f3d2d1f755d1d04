const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
const IMAGE = /!\[[^\]]{0,200}\]\([^)\s]{0,1000}\)/g;
const LINK = /\[([^\]]{0,200})\]\([^)\s]{0,1000}\)/g;
const URL = /\b(?:https?|ftp):\/\/[^\s<>()（）\]]{1,1000}/g;

/**
 * The words of a line as a reader sees them: inline HTML (`<span style="color:red;">12月28日联调</span>`),
 * images and link targets dropped, a link's text kept. A date inside a URL
 * (`/blog/2020-12-12-…`) is nobody's milestone.
 */
export function readableText(text: string): string {
  if (!/[<\]:]/.test(text)) return text;
  return text.replace(TAG, "").replace(IMAGE, "").replace(LINK, "$1").replace(URL, " ").trim();
}
