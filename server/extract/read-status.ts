import { withoutSymbols } from "./outline/section-kinds";
import type { InitiativeStatus } from "./types";

const PAUSED = /暂停|中止|搁置|挂起|冻结中|(?<![A-Za-z])(?:on )?hold(?![A-Za-z])|\bpaused\b/i;
// `已完成，3月19日全量切换`: an item that opens by saying it is done; `已上线稳定运行`: done and running.
const DONE = new RegExp(
  [
    "结项|本项结束|本期结束|项目结束|项目完结|已关闭|已收尾",
    String.raw`|\bclosed\b`,
    String.raw`|^(?:已完成|已全部完成|全部完成)(?:[，,。；;\s]|$)`,
    "|已上线稳定运行|已稳定运行",
  ].join(""),
  "i",
);
const DONE_CELL = /^(?:已完成|完成|已上线|已结项|结项|done|closed|completed|finished)$/i;
const PAUSED_CELL = /^(?:暂停|已暂停|搁置|挂起|on hold|paused)$/i;

/** paused (暂停) or done (结项, a 状态 cell 已完成), when the report says so. */
export function readStatus(text: string, tableCell: string | null): InitiativeStatus | null {
  const cell = withoutSymbols(tableCell ?? "").replace(/[*`\s]/g, "");
  if (DONE_CELL.test(cell)) return "done";
  if (PAUSED_CELL.test(cell)) return "paused";
  if (PAUSED.test(text)) return "paused";
  if (DONE.test(text)) return "done";
  return null;
}
