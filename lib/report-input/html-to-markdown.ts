// Rich text (a .docx converted by mammoth, or the HTML a paste from 飞书 / 钉钉 /
// Notion / Word / a web page puts on the clipboard) as the loose Markdown the
// report reader knows: ATX headings, `1.` / `-` items indented four spaces per
// level, GFM tables, **bold**. Runs in the browser (DOMParser) and in Node
// (turndown's bundled DOM).
import TurndownService from "turndown";
import { wordListParagraph } from "./word-list-paragraph";

const INDENT = "    ";
const BOLD_STYLE = /font-weight\s*:\s*(bold|[6-9]00)/i;

/**
 * A table cell's text on one line: a pipe would split the cell. Its paragraphs
 * and line breaks (a Word or 飞书 cell of `本周：…` / `下周：12/5上线`) are
 * separate statements, so they stay apart as `<br>`, the break the reader knows
 * in a Markdown cell.
 */
const cellText = (content: string) =>
  content
    .trim()
    .replace(/\s*\n\s*/g, "<br>")
    .replace(/\|/g, "\\|");

function inHeading(node: Node): boolean {
  for (let at: Node | null = node.parentNode; at; at = at.parentNode) if (/^H[1-6]$/.test(at.nodeName)) return true;
  return false;
}

function isFirstRow(row: HTMLElement): boolean {
  let table: Node | null = row.parentNode;
  while (table && table.nodeName !== "TABLE") table = table.parentNode;
  return !!table && (table as HTMLElement).querySelector("tr") === row;
}

function createService(): TurndownService {
  const service = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*" });
  // Reports are loose Markdown written by hand: `1. 名称：内容` typed in a paragraph is
  // meant as an item, so nothing is escaped.
  service.escape = (text) => text;
  service.remove(["style", "script", "meta", "title", "head", "noscript"] as TurndownService.Filter);
  // 飞书, 钉钉 and Word mark bold with a style as often as with <b>; a heading's bold is the heading's own look
  service.addRule("bold", {
    filter: (node) =>
      node.nodeName === "STRONG" ||
      node.nodeName === "B" ||
      (node.nodeName === "SPAN" && BOLD_STYLE.test(node.getAttribute("style") ?? "")),
    replacement: (content, node) => (!content.trim() || inHeading(node) ? content : `**${content}**`),
  });
  service.addRule("wordListParagraph", wordListParagraph);
  service.addRule("listItem", {
    filter: "li",
    replacement(content, node) {
      const parent = node.parentNode as HTMLElement | null;
      let marker = "- ";
      if (parent?.nodeName === "OL") {
        const start = Number(parent.getAttribute("start") ?? "1") || 1;
        marker = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content
        .replace(/^\n+/, "")
        .replace(/\n+$/, "")
        .replace(/\n{2,}/g, "\n")
        .replace(/\n/g, `\n${INDENT}`);
      return `${marker}${body}${node.nextSibling ? "\n" : ""}`;
    },
  });
  service.addRule("tableCell", {
    filter: ["th", "td"],
    replacement: (content) => ` ${cellText(content)} |`,
  });
  service.addRule("tableRow", {
    filter: "tr",
    replacement(content, node) {
      const row = node as HTMLElement;
      const line = `|${content}\n`;
      if (!isFirstRow(row)) return line;
      const cells = row.querySelectorAll("th, td").length;
      return `${line}|${" --- |".repeat(cells)}\n`;
    },
  });
  service.addRule("tableSection", { filter: ["thead", "tbody", "tfoot"], replacement: (content) => content });
  service.addRule("table", { filter: "table", replacement: (content) => `\n\n${content.trim()}\n\n` });
  return service;
}

let service: TurndownService | null = null;

export function htmlToMarkdown(html: string): string {
  service ??= createService();
  return (
    service
      .turndown(html)
      // no-break and zero-width spaces from rich editors are plain spaces (or nothing) in a report
      .replace(/\u00a0/g, " ")
      .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}
