import { classifyLine } from "./classify-line";
import { isMetaLine } from "./section-kinds";

export interface ItemNode {
  line: number;
  /** the line as written, trimmed */
  raw: string;
  /** the item's text without its list marker */
  text: string;
  indent: number;
  children: ItemNode[];
}

export interface TableRow {
  line: number;
  raw: string;
  cells: string[];
}

export interface TableBlock {
  header: string[] | null;
  rows: TableRow[];
}

export interface Section {
  name: string;
  level: number;
  line: number;
  raw: string;
  items: ItemNode[];
  tables: TableBlock[];
  children: Section[];
  parent: Section | null;
}

// A `名称：内容` paragraph acts as an item; the colon must not sit inside a time (09:43).
const NAMED_TEXT = /^[^：:，,。]{1,40}(?:：|:(?!\d))/;

function newSection(name: string, level: number, line: number, raw: string, parent: Section | null): Section {
  return { name, level, line, raw, items: [], tables: [], children: [], parent };
}

/**
 * Turns report lines into a tree of sections holding items (nested by
 * indentation) and tables. The first heading, when it opens the document, is
 * the title and holds nothing.
 */
export function buildOutline(lines: readonly string[]): Section {
  const root = newSection("", 0, 0, "", null);
  let section = root;
  let lastMarkdownLevel = 1;
  let itemStack: ItemNode[] = [];
  let table: TableBlock | null = null;
  let seenContent = false;

  const addItem = (node: ItemNode) => {
    while (itemStack.length > 0 && itemStack[itemStack.length - 1]!.indent >= node.indent) itemStack.pop();
    const parent = itemStack[itemStack.length - 1];
    (parent ? parent.children : section.items).push(node);
    itemStack.push(node);
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const raw = rawLine.trim();
    const token = classifyLine(rawLine);
    if (token.kind !== "table") table = null;
    if (token.kind === "blank" || token.kind === "quote") return;
    const isFirst = !seenContent;
    seenContent = true;
    if (token.kind === "heading") {
      if (isFirst && token.level !== null) return; // the title
      const level = token.level ?? lastMarkdownLevel + 1;
      if (token.level !== null) lastMarkdownLevel = token.level;
      let parent: Section = section;
      while (parent !== root && parent.level >= level) parent = parent.parent!;
      section = newSection(token.text, level, lineNo, raw, parent);
      parent.children.push(section);
      itemStack = [];
      return;
    }
    if (token.kind === "table") {
      itemStack = [];
      if (!table) {
        table = { header: null, rows: [] };
        section.tables.push(table);
      }
      if (token.separator) {
        if (table.header === null && table.rows.length === 1) table.header = table.rows.pop()!.cells;
        return;
      }
      table.rows.push({ line: lineNo, raw, cells: token.cells });
      return;
    }
    if (token.kind === "item") {
      addItem({ line: lineNo, raw, text: token.text, indent: token.indent, children: [] });
      return;
    }
    if (isMetaLine(token.text)) return;
    if (NAMED_TEXT.test(token.text)) {
      // One step shallower than a bullet at the same indentation, so bullets below it are its sub-items.
      addItem({ line: lineNo, raw, text: token.text, indent: token.indent - 1, children: [] });
      return;
    }
    const open = itemStack[itemStack.length - 1];
    if (open && token.indent > open.indent) addItem({ line: lineNo, raw, text: token.text, indent: token.indent, children: [] });
  });
  return root;
}
