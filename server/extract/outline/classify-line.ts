/** What one line of a loose Markdown report is. */
export type LineToken =
  | { kind: "blank" }
  | { kind: "heading"; text: string; level: number | null; period?: boolean; depth?: number }
  | { kind: "item"; text: string; indent: number; number: string | null; checkbox: boolean }
  | { kind: "table"; cells: string[]; separator: boolean }
  | { kind: "quote" }
  | { kind: "text"; text: string; indent: number };

// `####平台更新`: many write a heading without the space after the hashes; a
// letter other than ASCII right after them makes it one (`#1`, `#c00` stay text).
const MD_HEADING = /^#{1,6}(?=\s|\P{ASCII})/u;
// The colon takes the spaces after it: `\s*[:：]?\s*` splits a run of spaces every way.
const BRACKET_GROUP = /^(?:[-*•+·]\s*)?【([^】]{1,40})】\s*(?:[:：]\s*)?$/;
// `**1. 电子签章平台**（负责人：赵强）`: a note in brackets after the bold belongs to the heading
const BOLD_LINE = /^\*\*([^*]{1,40})\*\*(?: ?([（(][^()（）]{1,30}[)）]))?\s*(?:[:：]\s*)?$/;
// 一、重点项目 as a line of its own is a heading in Chinese documents. The name
// starts at its first non-space (or is one space): `\s*` then a name that may hold
// spaces would split a run of them every way.
const CHINESE_OUTLINE = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:[^，,。；;：:\s][^，,。；;：:]{0,23}|\s)$/;
// （一）核心系统升级: the next level of a Chinese outline, under 一、.
const CHINESE_SUB_NUMBER = /^[(（][一二三四五六七八九十]{1,3}[)）]\s*/;
const CHINESE_SUB_OUTLINE = /^[(（][一二三四五六七八九十]{1,3}[)）]\s*(?:[^，,。；;：:\s][^，,。；;：:]{0,29}|\s)$/;
// `1️⃣`, `2⃣`: a keycap digit as chat apps (企业微信, 钉钉, 飞书) number a list.
// A letter numbers one as a digit does (`A. 支付网关改造`, `B、…`, `a) …`, `(a) …`), but only
// before a space or a Chinese word: `A.I.`, `A、B两套方案` and `e.g.` are words.
const ITEM_MARKER =
  /^(?:[-*+](?=\s)|[•·▪◦●○]|\d{1,3}[.．](?!\d)|\d{1,3}[、)）]|[(（]\d{1,3}[)）]|[①-⑳]|\d\uFE0F?\u20E3|🔟|[A-Za-z][.．、)）](?=\s|\p{Script=Han})|[(（][A-Za-z][)）])\s*/u;
const CHECKBOX = /^\[[ xX]\]\s*/;
// `[WIP] 名称`, `[Done] 名称`: a tag before the item's words is a label of the
// writer's tracker, not part of its name or of its milestones' titles.
// So is an issue key (`[PAY-123]`), a tracker's ticket (`[bug 608]`, `[禅道 1822]`),
// and a key result's number (`- KR1：…`).
const LEADING_TAG =
  /^(?:\[(?:[A-Za-z][A-Za-z -]{0,11}|[A-Z][A-Z0-9]{1,9}-\d{1,6}|[A-Za-z\u4e00-\u9fa5]{1,8}[ #]?\d{1,6})\]|KR\d{1,2}\s*[:：])\s*/i;
// `[ruyi-0.29.0]: https://…`: a Markdown link reference definition, the target of a link written elsewhere; no text of the report.
const LINK_DEFINITION = /^\[[^\]]{1,100}\]:[ \t]*<?(?:https?:\/\/|www\.|\.{0,2}\/|#|mailto:)/i;
// A line that is only a date or a period (`08-01 – 08-05`, `2017/1/5`, `从1.16-1.20`)
// opens the part of a log written that day or week.
const DAY = "\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?";
const PERIOD_LINE = new RegExp(`^(?:从\\s*)?${DAY}(?:\\s*(?:[-–—~～至到])\\s*${DAY})?\\s*(?:周)?$`);

function indentOf(raw: string): number {
  let width = 0;
  for (const ch of raw) {
    if (ch === " ") width += 1;
    else if (ch === "\t") width += 4;
    else if (ch === "\u3000") width += 2;
    else break;
  }
  return width;
}

/** A table row's cells, outer pipes optional; `\|` is a pipe inside a cell (GFM), as Word and Excel conversions write one. */
export function pipeCells(line: string): string[] {
  let inner = line.trim();
  if (inner.startsWith("|")) inner = inner.slice(1);
  if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.slice(0, -1);
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === "\\" && inner[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Classifies a raw line; bracket groups (`- 【贝易转】`) and bold lines count as headings without a level. */
export function classifyLine(raw: string): LineToken {
  const trimmed = raw.trim();
  if (trimmed === "") return { kind: "blank" };
  const indent = indentOf(raw);
  if (MD_HEADING.test(trimmed)) {
    const level = /^#+/.exec(trimmed)![0].length;
    const text = trimmed.replace(/^#+\s*/, "").replace(/\s#+\s*$/, "");
    return { kind: "heading", text: stripDecoration(text), level };
  }
  if (LINK_DEFINITION.test(trimmed)) return { kind: "blank" };
  const bracket = BRACKET_GROUP.exec(trimmed);
  if (bracket) return { kind: "heading", text: bracket[1]!.trim(), level: null };
  const bold = BOLD_LINE.exec(trimmed);
  if (bold) return { kind: "heading", text: `${bold[1]!.trim()}${bold[2] ?? ""}`, level: null };
  if (trimmed.startsWith(">")) return { kind: "quote" };
  if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length > 1) {
    const cells = pipeCells(trimmed);
    return { kind: "table", cells, separator: cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === "") };
  }
  if (PERIOD_LINE.test(trimmed.replace(/\*\*/g, "")))
    return { kind: "heading", text: trimmed.replace(/\*\*/g, ""), level: null, period: true };
  const marker = ITEM_MARKER.exec(trimmed);
  if (marker) {
    // A ticked box says done: it is kept as a ✓ after the words, for the state reader and out of the name.
    const rest = trimmed.slice(marker[0].length);
    const box = CHECKBOX.exec(rest);
    const ticked = box ? `${rest.slice(box[0].length)}${/[xX]/.test(box[0]) ? " ✓" : ""}` : rest;
    const body = ticked.replace(LEADING_TAG, "");
    const group = BRACKET_GROUP.exec(body);
    if (group) return { kind: "heading", text: group[1]!.trim(), level: null };
    return { kind: "item", text: body, indent, number: /\d{1,3}/.exec(marker[0])?.[0] ?? null, checkbox: box !== null };
  }
  const subOutline = CHINESE_SUB_OUTLINE.exec(trimmed);
  if (subOutline && indent === 0) return { kind: "heading", text: trimmed, level: null, depth: 2 };
  const outline = CHINESE_OUTLINE.exec(trimmed);
  if (outline && indent === 0) return { kind: "heading", text: trimmed, level: null };
  // `（一）核心系统升级项目。本周完成…`: too long for a heading, the sub-outline's number numbers an item
  const subItem = CHINESE_SUB_NUMBER.exec(trimmed);
  if (subItem) return { kind: "item", text: trimmed.slice(subItem[0].length), indent, number: null, checkbox: false };
  return { kind: "text", text: trimmed, indent };
}

/** Drops Markdown emphasis and the 【】 around a section name. */
export function stripDecoration(text: string): string {
  const plain = text.replace(/\*\*|__|`/g, "").trim();
  const bracket = /^【([^】]+)】\s*[:：]?$/.exec(plain);
  return (bracket ? bracket[1]! : plain).trim();
}
