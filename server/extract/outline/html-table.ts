import type { TableBlock } from "./build-outline";

const CELL = /<(td|th)\b([^>]{0,300})>([\s\S]*?)(?=<\/?(?:td|th|tr)\b|<\/table|$)/gi;
const ROWSPAN = /rowspan\s*=\s*["']?(\d{1,3})/i;

/** The visible text of an HTML fragment: tags dropped, `<br>` a separator, common entities read. */
function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "；")
    .replace(/<[^>]{0,500}>/g, "")
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
    CELL.lastIndex = 0;
    for (let m = CELL.exec(raw); m !== null; m = CELL.exec(raw)) {
      row ??= { line, raw: raw.trim(), cells: [], header: true, spans: [] };
      if (row.cells.length === 0) Object.assign(row, { line, raw: raw.trim() });
      const text = htmlText(m[3]!);
      const rowspan = Math.min(Number(ROWSPAN.exec(m[2]!)?.[1] ?? 1), 1000);
      if (rowspan > 1) row.spans.push({ column: row.cells.length + pending.length, text, rowsLeft: rowspan - 1 });
      row.cells.push(text);
      if (m[1]!.toLowerCase() !== "th") row.header = false;
    }
    if (/<\/table/i.test(raw)) finish();
  });
  finish();
  return table;
}
