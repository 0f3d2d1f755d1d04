// What a paste into the report box inserts: the clipboard's HTML as Markdown
// when it carries structure (飞书, 钉钉, Notion, Word, a web page), else its plain
// text. Code editors put HTML on the clipboard too, one <div> per line: converting
// that would lose the indentation of a Markdown report, so it stays plain.
import { htmlToMarkdown } from "~/lib/report-input/html-to-markdown";

const STRUCTURE = /<(h[1-6]|ul|ol|li|table|tr|strong|b)[\s>]|mso-list:/i;

export function pastedText(html: string, plain: string): { text: string; converted: boolean } {
  if (!html || !STRUCTURE.test(html)) return { text: plain, converted: false };
  const markdown = htmlToMarkdown(html).replace(/\n$/, "");
  return markdown.trim() ? { text: markdown, converted: true } : { text: plain, converted: false };
}
