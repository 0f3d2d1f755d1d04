import { classifyLine, type LineToken, pipeCells } from "./classify-line";
import { dayOfHeading, type HeadingDay } from "./day-heading";
import { readHtmlTable } from "./html-table";
import { splitName } from "./item-name";
import { isClosing, isLeadIn, isSalutation } from "./letter-frame";
import { facetOf, isMetaLine, OWNER_LINE, WORK_FACT, type FacetKind } from "./section-kinds";

export interface ItemNode {
  line: number;
  /** the line as written, trimmed */
  raw: string;
  /** the item's text without its list marker */
  text: string;
  indent: number;
  /** the outline number of the item's marker (`2` of `2.`, `2.1` of `2.1 …`), else null */
  number: string | null;
  /** a task-list item (`- [ ] …`, `- [x] …`) */
  checkbox?: boolean;
  /** written with a list marker (`1.`, `1、`, `（1）`, `-`, `*`, `•`): not a label line or a continuation */
  listItem?: boolean;
  children: ItemNode[];
  /** tables written inside the item (indented below it) */
  tables: TableBlock[];
  /** set by a layout profile (apply-profile-to-outline.ts): the facet it names, null for work, undefined to classify */
  profileFacet?: FacetKind | null;
  /** set by a layout profile: the item groups the work below it */
  profileGroup?: boolean;
  /** set by a layout profile's list depth (`l2`): the item is one piece of work, everything below it joins it */
  profileProject?: boolean;
}

export interface TableRow {
  line: number;
  raw: string;
  cells: string[];
}

export interface TableBlock {
  header: string[] | null;
  /** the row the header was read from, when it was a Markdown row */
  headerRow?: TableRow;
  rows: TableRow[];
}

export interface Section {
  name: string;
  level: number;
  line: number;
  raw: string;
  /** a dated part of a log (`08-01 – 08-05`, `2017/1/5`) or of a week written day by day (`周三（12月4日）`), rather than a named section */
  period: boolean;
  /** the one day such a part is about, when it is one day */
  day: HeadingDay | null;
  items: ItemNode[];
  /** plain lines directly under the heading: a project's prose, never initiatives of their own */
  paragraphs: ItemNode[];
  tables: TableBlock[];
  children: Section[];
  parent: Section | null;
  /** set by a layout profile (apply-profile-to-outline.ts): the heading's role, undefined to decide */
  profileRole?: "skip" | "project" | "group";
  /** set by a layout profile: the heading is a part of the work it sits in */
  profileFacet?: FacetKind;
  /** set by a layout profile's list depth: items of its lists are pieces of work, so the heading groups them */
  profileListWork?: boolean;
}

function newSection(name: string, level: number, line: number, raw: string, parent: Section | null, period = false): Section {
  const day = parent === null ? null : dayOfHeading(name);
  return { name, level, line, raw, period: period || day !== null, day, items: [], paragraphs: [], tables: [], children: [], parent };
}

// Lines no reader sees as text: fenced code, HTML comments, style and script blocks.
const HIDDEN_OPEN = /^\s*(?:```|~~~|<!--|<style\b|<script\b)/i;
const HIDDEN_CLOSE: Record<string, RegExp> = {
  "```": /```/,
  "~~~": /~~~/,
  "<!--": /-->/,
  "<style": /<\/style>/i,
  "<script": /<\/script>/i,
};
// GitHub tables may leave out the outer pipes (`组件名|功能|上线时间` over `---|---|---`).
const SEPARATOR_ROW = /^\s*(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)+\s*(?:\|\s*)?$/;
const FRONT_MATTER = /^---\s*$/;

/**
 * A row pasted from a spreadsheet (Excel, WPS): cells between tabs, two at least. A
 * list marker before a tab (`1.\t订单中心…`, as Word copies a numbered list) is not a cell.
 */
function tabCells(line: string | undefined): string[] | null {
  const text = line?.trim();
  if (!text?.includes("\t")) return null;
  const cells = text.split("\t").map((cell) => cell.trim());
  return LIST_MARKER_CELL.test(cells[0]!) ? null : cells;
}
const LIST_MARKER_CELL = /^(?:[(（]?\d{1,3}(?:\.\d{1,3})*[.、)）]?|[-*+•·]|[一二三四五六七八九十]+[、.])$/;

// A short line of its own over a list names the list (`订单中心` / `- 本周：…`), as a bold line
// would: a report pasted as text has lost its bold. Not a sentence, a label, a date, the report's
// own title (`技术部周报`) or a line that introduces the list (`本周主要工作如下`).
const STANDALONE_NAME = /^[^，,。；;：:！!？?%％]{2,24}$/;
const NOT_A_NAME = /如下|以下|包括|周报|月报|日报|汇报|报告|\d{1,4}\s*[./\-年月]\s*\d/;
const LOOK_AHEAD = 2;

/**
 * Standing alone: a blank line before it (right after a list item it continues that item, as
 * Markdown reads it), and not the value of a label item above it (`- 收益` / `提升用户体验`).
 */
function namesListBelow(text: string, lines: readonly string[], index: number): boolean {
  if (!STANDALONE_NAME.test(text) || NOT_A_NAME.test(text)) return false;
  if (index > 0 && lines[index - 1]!.trim() !== "") return false;
  let above = index - 1;
  while (above >= 0 && lines[above]!.trim() === "") above--;
  const label = above >= 0 ? classifyLine(lines[above]!) : null;
  if (label?.kind === "item" && (/[:：]\s*$/.test(label.text) || facetOf(label.text) !== null)) return false;
  for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOK_AHEAD); next++) {
    const token = classifyLine(lines[next]!);
    if (token.kind !== "blank") return token.kind === "item";
  }
  return false;
}

// `> 上线时间：2021-09-17` under a heading: the writer set the work's fields apart as a quote.
const QUOTE_MARKS = /^[>\s]+/;
// A quote that cites or annotates (`> 注：…`, `> 来源：…`, `> —— 鲁迅`) says nothing of the work.
const NOTE_QUOTE = /^(?:注|备注|说明|来源|出处|引用|引自|摘自|参考|原文|PS|Note|Tips?|Source|[-—–]{1,2})/i;
const QUOTED_FACETS = new Set<FacetKind | null>(["status", "past", "future"]);

/**
 * What a quoted line under a heading adds to it: a field of its state (`> 进度：60%`,
 * `> 负责人：张三`, `> 本周进展：…`) read as if written plainly, or prose that says when or
 * how far (`> 12月13日提测，进度40%`) as the heading's prose. A quote never names a work of
 * its own, and a note or citation adds nothing.
 */
function quotedLine(rawLine: string): { text: string; field: boolean } | null {
  const inner = classifyLine(rawLine.trim().replace(QUOTE_MARKS, ""));
  if (inner.kind !== "item" && inner.kind !== "text") return null;
  const text = inner.text;
  const plain = plainText(text);
  if (NOTE_QUOTE.test(plain)) return null;
  const named = splitName(text);
  if (OWNER_LINE.test(plain) || (named !== null && QUOTED_FACETS.has(facetOf(named.name)))) return { text, field: true };
  return WORK_FACT.test(plain) ? { text, field: false } : null;
}

// A label line (`名称：`, `2.1 …`) sits half a step shallower than a bullet at the same
// indentation, so bullets below it are its sub-items while a table there is not.
const LABEL_STEP = 0.5;
// `2.1 独立完成重点工作` under item `2.`: the outline numbering goes one level down.
const SUB_NUMBERED = /^(\d{1,2})\.(\d{1,2})\s+(?=[^\d\s])(.+)$/;

// A project laid out as a form (`项目名称：统一认证平台` / `进度：75%` / `负责人：陈晨`), as
// report templates do: the name field opens an item named by its value, and the fields after
// it at its indentation are its lines (the owner's too), until the next name field.
const NAME_FIELD = /^(?:项目|任务|需求|事项|工作项|产品)(?:名称|名)?\s*[:：]\s*(?=\S)/;
const plainText = (text: string) => text.replace(/\*\*|__/g, "").trim();
const FIELD_STEP = 0.25;

/** `名称：内容` as a form writes a field: a short label, then its value. */
const isField = (text: string) => {
  const named = splitName(text);
  return named !== null && named.name.length <= 8 && !NAME_FIELD.test(plainText(text));
};

/**
 * Turns report lines into a tree of sections holding items (nested by
 * indentation) and tables. The first heading, when it opens the document, is
 * the title and holds nothing; so is the line of a title written as plain text.
 */
export function buildOutline(lines: readonly string[], plainTitleLine: number | null = null): Section {
  const root = newSection("", 0, 0, "", null);
  let section = root;
  let lastMarkdownLevel = 1;
  let itemStack: ItemNode[] = [];
  let table: TableBlock | null = null;
  /** a table pasted from a spreadsheet, read on while its rows follow each other */
  let tabTable: TableBlock | null = null;
  let seenContent = false;
  /** the item a name field opened, which the fields after it join */
  let form: ItemNode | null = null;

  const addItem = (node: ItemNode) => {
    const name = NAME_FIELD.exec(plainText(node.text));
    if (name) {
      node.text = plainText(node.text).slice(name[0].length);
      form = node;
    } else if (form && isField(node.text) && Math.abs(node.indent - form.indent) <= LABEL_STEP) {
      node.indent = form.indent + FIELD_STEP;
    } else if (form && node.indent <= form.indent) {
      form = null;
    }
    while (itemStack.length > 0 && itemStack[itemStack.length - 1]!.indent >= node.indent) itemStack.pop();
    const parent = itemStack[itemStack.length - 1];
    (parent ? parent.children : section.items).push(node);
    itemStack.push(node);
  };
  const item = (line: number, raw: string, text: string, indent: number, number: string | null): ItemNode => ({
    line,
    raw,
    text,
    indent,
    number,
    children: [],
    tables: [],
  });
  /** A table indented below an open item is part of that item; otherwise of the section. */
  const tablesAt = (indent: number): TableBlock[] => {
    while (itemStack.length > 0 && itemStack[itemStack.length - 1]!.indent >= indent - 0.5) itemStack.pop();
    return itemStack[itemStack.length - 1]?.tables ?? section.tables;
  };

  let start = 0;
  // Front matter (`---` / `date: …` / `---`) says who and when, not what.
  if (FRONT_MATTER.test(lines[0] ?? "")) {
    const end = lines.findIndex((l, i) => i > 0 && FRONT_MATTER.test(l));
    if (end > 0 && end < 60) start = end + 1;
  }
  for (let index = start; index < lines.length; index++) {
    const rawLine = lines[index]!;
    const lineNo = index + 1;
    // a title written as a plain line is the report's, as a Markdown one is (and a heading after it is no title)
    if (index === plainTitleLine) {
      seenContent = true;
      continue;
    }
    const raw = rawLine.trim();
    const hidden = HIDDEN_OPEN.exec(rawLine);
    if (hidden) {
      const close = HIDDEN_CLOSE[hidden[0].trim().toLowerCase()]!;
      const rest = rawLine.slice(hidden.index + hidden[0].length);
      if (!close.test(rest)) while (index + 1 < lines.length && !close.test(lines[++index]!));
      table = null;
      continue;
    }
    if (/^\s*<table\b/i.test(rawLine)) {
      let end = index;
      while (end + 1 < lines.length && !/<\/table>/i.test(lines[end]!)) end++;
      const html = readHtmlTable(lines.slice(index, end + 1), lineNo);
      if (html.rows.length > 0) tablesAt(rawLine.length - rawLine.trimStart().length).push(html);
      index = end;
      table = null;
      continue;
    }
    // Its first row is its header, as a spreadsheet's is.
    const tabbed = tabCells(rawLine);
    if (tabbed && (tabTable || tabCells(lines[index + 1]))) {
      seenContent = true;
      if (tabTable) tabTable.rows.push({ line: lineNo, raw, cells: tabbed });
      else {
        tabTable = { header: tabbed, headerRow: { line: lineNo, raw, cells: tabbed }, rows: [] };
        tablesAt(rawLine.length - rawLine.trimStart().length).push(tabTable);
      }
      continue;
    }
    tabTable = null;
    const bareTable =
      rawLine.includes("|") && !rawLine.trim().startsWith("|") && (table !== null || SEPARATOR_ROW.test(lines[index + 1] ?? ""));
    let token: LineToken = bareTable
      ? { kind: "table" as const, cells: pipeCells(rawLine), separator: SEPARATOR_ROW.test(rawLine) }
      : classifyLine(rawLine);
    if (token.kind === "text" && token.indent === 0 && namesListBelow(token.text, lines, index)) {
      token = { kind: "heading", text: token.text, level: null };
    }
    // `周三：` or `- 周三：` alone on its line labels the day's part of the week, as a heading would.
    if ((token.kind === "text" || token.kind === "item") && token.indent === 0 && dayOfHeading(token.text) !== null) {
      token = { kind: "heading", text: token.text, level: null };
    }
    if (token.kind !== "table") table = null;
    if (token.kind === "quote") {
      const quoted = section === root ? null : quotedLine(rawLine);
      if (quoted === null) continue;
      const indent = rawLine.length - rawLine.trimStart().length;
      if (!quoted.field) {
        // the heading's prose, or more of the item it is indented under
        if (itemStack.length === 0) section.paragraphs.push(item(lineNo, raw, quoted.text, indent, null));
        else if (indent > itemStack[0]!.indent) addItem(item(lineNo, raw, quoted.text, indent, null));
        continue;
      }
      token = { kind: "text", text: quoted.text, indent };
    }
    // A letter's frame: its salutation and lead-in name nothing; after its closing comes the signature.
    if (token.kind === "text" || token.kind === "item") {
      if (isClosing(token.text)) break;
      if ((!seenContent && isSalutation(token.text)) || isLeadIn(token.text)) continue;
    }
    if (token.kind === "blank") continue;
    const isFirst = !seenContent;
    seenContent = true;
    if (token.kind === "heading") {
      if (isFirst && token.level !== null) continue; // the title
      const level = token.level ?? lastMarkdownLevel + (token.depth ?? 1);
      if (token.level !== null) lastMarkdownLevel = token.level;
      let parent: Section = section;
      while (parent !== root && parent.level >= level) parent = parent.parent!;
      section = newSection(token.text, level, lineNo, raw, parent, token.period === true);
      parent.children.push(section);
      itemStack = [];
      form = null;
      continue;
    }
    if (token.kind === "table") {
      if (!table) {
        table = { header: null, rows: [] };
        tablesAt(rawLine.length - rawLine.trimStart().length).push(table);
      }
      if (token.separator) {
        if (table.header === null && table.rows.length === 1) {
          table.headerRow = table.rows.pop()!;
          table.header = table.headerRow.cells;
        }
        continue;
      }
      table.rows.push({ line: lineNo, raw, cells: token.cells });
      continue;
    }
    if (token.kind === "item") {
      addItem({ ...item(lineNo, raw, token.text, token.indent, token.number), checkbox: token.checkbox, listItem: true });
      continue;
    }
    // A form's 负责人：/时间： fields are its own, not the report's; so is a heading's 负责人：.
    const inForm = form !== null && itemStack.includes(form);
    const headingOwner = section !== root && OWNER_LINE.test(plainText(token.text));
    if (isMetaLine(token.text) && !inForm && !headingOwner) continue;
    // A heading's 负责人：line at its margin names the heading's owner: a line about it, never an item over its list.
    if (headingOwner && !inForm && (itemStack.length === 0 || token.indent <= itemStack[0]!.indent)) {
      section.paragraphs.push(item(lineNo, raw, token.text, token.indent, null));
      continue;
    }
    const sub = SUB_NUMBERED.exec(token.text);
    const numbered = sub ? itemStack.find((open) => open.number === sub[1]) : undefined;
    if (sub && numbered) {
      // below its item, however it is indented: the numbering says where it belongs
      addItem(item(lineNo, raw, sub[3]!, Math.max(token.indent - LABEL_STEP, numbered.indent + FIELD_STEP), `${sub[1]}.${sub[2]}`));
      continue;
    }
    // A `名称：内容` paragraph acts as an item.
    if (splitName(token.text) !== null) {
      addItem(item(lineNo, raw, token.text, token.indent - LABEL_STEP, null));
      continue;
    }
    // A plain line indented below an open item continues it; one at the margin of a heading is its prose.
    if (itemStack.length === 0) section.paragraphs.push(item(lineNo, raw, token.text, token.indent, null));
    else if (token.indent > itemStack[0]!.indent) addItem(item(lineNo, raw, token.text, token.indent, null));
  }
  return root;
}
