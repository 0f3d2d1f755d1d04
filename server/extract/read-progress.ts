import type { EntryLine } from "./outline/raw-entry";
import type { SourceLine } from "./types";

// Only a figure said to be progress counts: rates, shares, accuracy or 灰度10% are not.
const PROGRESS_PATTERNS = [
  // 进度10%, 进展预估 70%, 总体进度的65%, 测试进度回退到40% (a regression is still the figure of the work).
  new RegExp(
    [
      String.raw`(?:进度|进展)\s*`,
      // `进度由40%提升至65%`, `进度更新至85%`: a change of the figure (see FIGURE_CHANGE)
      "(?:(?:预估|估计|约|为|达到|达|已达|已到|到|是|的|由|从|更新至|更新为|更新到|提升至|提升到|推进至|推进到",
      "|回退到|回退至|回落到|回落至|降至|降到|下降到|下降至|调整为",
      String.raw`|[:：])\s*)?`,
      String.raw`(?:约\s*)?(\d{1,3}(?:\.\d+)?)\s*[%％]`,
    ].join(""),
  ),
  // 完成60%, 已解决100%, 完成度：60%, 完成比例：55%. (Each optional word takes the spaces after it: two \s* around it split a run every way.)
  /(?:完成|解决)(?:率|度|比例|百分比)?\s*(?:(?:约|了|为|达到|达|[:：])\s*)?(\d{1,3}(?:\.\d+)?)\s*[%％]/,
  // 60%完成, 80% 已完成 (not 95%完成率: a rate).
  /(\d{1,3}(?:\.\d+)?)\s*[%％]\s*(?:已\s*)?完成(?![率度])/,
  // 开发中，60%: the work's state, then its figure.
  /(?:开发|进行|测试|联调|设计|实施|推进|改造|研发|编码|适配|迁移|建设)中\s*(?:[，,、:：]\s*)?(\d{1,3}(?:\.\d+)?)\s*[%％]/,
  // 订单重构（60%）: a figure alone in brackets after the work's name (not 占比（87%）: a share; nor
  // 第二笔（30%）, 尾款（10%）, 预算金额（40%）: a payment's share of a sum).
  /(?<![率比笔款额费金])[（(]\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*[)）]/,
  /\bprogress\s*(?:[:：]\s*)?(?:at\s*)?(\d{1,3}(?:\.\d+)?)\s*%/i,
  // `进度条 ████░░ 60%`: a bar drawn in blocks, then its figure.
  // Tried from the start of a run of blocks only: from every block of a long run it would backtrack quadratically.
  /(?<![█▉▊▋▌▍▎▏▓▒░■□])[█▉▊▋▌▍▎▏▓▒░■□]{3,}\]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/,
  /(\d{1,3}(?:\.\d+)?)\s*%\s*(?:done|complete|completed|finished)\b/i,
  // `GPU CODEC---黄志伟-------80％`: a dashed leader that ends in a figure, as in a table of contents.
  // Tried from the start of a run of leaders only: from every leader of a long run it would backtrack quadratically.
  /(?<![-—–.·])[-—–.·]{3,}\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$/,
];
const CELL_PERCENT = /(\d{1,3}(?:\.\d+)?)\s*[%％]/;
// `进度 50%→70%`, `完成度60% -> 80%`, `进度由40%提升至65%`: the figure moved this week; the last one is the work's now.
const FIGURE_CHANGE =
  /^\s*(?:→|->|—>|=>|➡️?|提升至|提升到|提高至|提高到|升至|增至|增长至|增加到|变为|更新为|更新至|到|至)\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/u;

function valid(value: number): number | null {
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** A progress figure in a text (`开发进度70%`, `完成60%`), else null. */
export function progressIn(text: string): number | null {
  let best: { index: number; end: number; value: number } | null = null;
  for (const pattern of PROGRESS_PATTERNS) {
    const m = pattern.exec(text);
    const value = m ? valid(Number(m[1])) : null;
    if (m && value !== null && (!best || m.index < best.index)) best = { index: m.index, end: m.index + m[0].length, value };
  }
  if (!best) return null;
  const changed = FIGURE_CHANGE.exec(text.slice(best.end));
  return (changed ? valid(Number(changed[1])) : null) ?? best.value;
}

/** A 进度 table cell: `65%`, `约50%`, `90%（有bug）`, `社区公示-100%`: the column says the figure is progress. */
export function progressCell(cell: string): number | null {
  const m = CELL_PERCENT.exec(cell);
  return m ? valid(Number(m[1])) : null;
}

/**
 * The entry's progress: its table cell, else the first figure in its lines, those of its plan last.
 * When several sub-works have their own figure the first one stands for the item.
 */
export function readProgress(
  lines: readonly EntryLine[],
  tableCell: string | null,
): { progress: number | null; source: SourceLine | null } {
  const cell = tableCell ? progressCell(tableCell) : null;
  if (cell !== null) return { progress: cell, source: lines[0]?.source ?? null };
  // `下周：12/13完成50%业务迁移` is a target; the week's own figure (`进度：60%`) comes first
  for (const line of [...lines.filter((l) => l.tense !== "future"), ...lines.filter((l) => l.tense === "future")]) {
    const value = progressIn(line.text);
    if (value !== null) return { progress: value, source: line.source };
  }
  return { progress: null, source: null };
}
