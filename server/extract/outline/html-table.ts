import type { TableBlock } from "./build-outline";
import { asciiWordAt, finder, isWordChar } from "./text-scan";

const ROWSPAN = /rowspan\s*=\s*["']?(\d{1,3})/i;
const MAX_ATTRIBUTES = 300;
const MAX_TAG = 500;

/** `<td`, `<th` or `<tr` (any case, then no letter, digit or `_`) at `at`; `</td`, … with `slash`. */
function cellTagAt(html: string, at: number, slash: boolean): boolean {
  const name = at + (slash ? 2 : 1);
  if (html[at] !== "<" || (slash && html[at + 1] !== "/")) return false;
  return ["td", "th", "tr"].some((tag) => asciiWordAt(html, name, tag)) && !isWordChar(html[name + 2]);
}

/** Where the content of a cell opened before `from` ends: at the next cell, row or table tag, else at the end. */
function cellEnd(html: string, from: number): number {
  for (let at = html.indexOf("<", from); at !== -1; at = html.indexOf("<", at + 1)) {
    const closing = html[at + 1] === "/";
    if (cellTagAt(html, at, closing) || (closing && asciiWordAt(html, at + 2, "table"))) return at;
  }
  return html.length;
}

/**
 * The cells of a line as `/<(td|th)\b([^>]{0,300})>([\s\S]*?)(?=<\/?(?:td|th|tr)\b|<\/table|$)/gi`
 * reads them: header or not, attributes, content. Scanned once: that pattern,
 * retried at every `<td` of a long run without `>`, rescans up to 300 characters each time.
 */
function* htmlCells(html: string): Generator<{ header: boolean; attributes: string; content: string }> {
  const tagEnd = finder(html, (ch) => ch === ">");
  let at = html.indexOf("<");
  while (at !== -1) {
    const name = at + 1;
    const header = asciiWordAt(html, name, "th");
    if ((header || asciiWordAt(html, name, "td")) && !isWordChar(html[name + 2])) {
      const close = tagEnd(name + 2);
      if (close < html.length && close - (name + 2) <= MAX_ATTRIBUTES) {
        const end = cellEnd(html, close + 1);
        yield { header, attributes: html.slice(name + 2, close), content: html.slice(close + 1, end) };
        at = html.indexOf("<", end);
        continue;
      }
    }
    at = html.indexOf("<", at + 1);
  }
}

/** `html` without its tags, as `.replace(/<[^>]{0,500}>/g, "")`, read once rather than up to 500 characters from every `<`. */
function withoutTags(html: string): string {
  const tagEnd = finder(html, (ch) => ch === ">");
  let out = "";
  let copied = 0;
  for (let at = html.indexOf("<"); at !== -1;) {
    const close = tagEnd(at + 1);
    if (close < html.length && close - (at + 1) <= MAX_TAG) {
      out += html.slice(copied, at);
      copied = close + 1;
      at = html.indexOf("<", copied);
    } else at = html.indexOf("<", at + 1);
  }
  return out + html.slice(copied);
}

/** The visible text of an HTML fragment: tags dropped, `<br>` a separator, common entities read. */
function htmlText(html: string): string {
  return withoutTags(html.replace(/<br\s*\/?>/gi, "；"))
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

interface Span {
  column: number;
  text: string;
  rowsLeft: number;
}

interface OpenRow {
  line: number;
  raw: string;
  cells: string[];
  header: boolean;
  spans: Span[];
}

/**
 * An HTML `<table>` pasted into a Markdown report: one row per `<tr>`, an
 * all-`<th>` first row as the header, a `rowspan` cell repeated into the rows
 * below it. `lines` run from `<table` to `</table>`; `first` is the 1-based
 * number of the first one. A row points at the line of its first cell.
 */
export function readHtmlTable(lines: readonly string[], first: number): TableBlock {
  const table: TableBlock = { header: null, rows: [] };
  let pending: Span[] = [];
  let row: OpenRow | null = null;
  const finish = () => {
    if (!row) return;
    const cells = [...row.cells];
    for (const span of pending) cells.splice(Math.min(span.column, cells.length), 0, span.text);
    pending = [...pending.map((s) => ({ ...s, rowsLeft: s.rowsLeft - 1 })).filter((s) => s.rowsLeft > 0), ...row.spans];
    if (row.header && table.header === null && table.rows.length === 0) table.header = cells;
    else if (cells.some((c) => c !== "")) table.rows.push({ line: row.line, raw: row.raw, cells });
    row = null;
  };
  lines.forEach((raw, i) => {
    const line = first + i;
    if (/<tr\b/i.test(raw)) {
      finish();
      row = { line, raw: raw.trim(), cells: [], header: true, spans: [] };
    }
    for (const cell of htmlCells(raw)) {
      row ??= { line, raw: raw.trim(), cells: [], header: true, spans: [] };
      if (row.cells.length === 0) Object.assign(row, { line, raw: raw.trim() });
      const text = htmlText(cell.content);
      const rowspan = Math.min(Number(ROWSPAN.exec(cell.attributes)?.[1] ?? 1), 1000);
      if (rowspan > 1) row.spans.push({ column: row.cells.length + pending.length, text, rowsLeft: rowspan - 1 });
      row.cells.push(text);
      if (!cell.header) row.header = false;
    }
    if (/<\/table/i.test(raw)) finish();
  });
  finish();
  return table;
}
