import type { ExtractedEntry } from "./types";

const PERCENT = /\d(?:\.\d+)?\s*[%％]/;
const COUNTED = /\d[\d,.]*\s*(?:笔|万|亿|元|次|个|家|人|单|台|条|户|件|项|ms|s\b)/g;

/**
 * An item that only reports figures (渗透率17.9%, 交易7898笔…) and says
 * nothing datable is no initiative.
 */
export function isFiguresOnly(entry: ExtractedEntry): boolean {
  if (entry.milestones.length > 0 || entry.progress !== null || entry.status !== null) return false;
  const text = entry.lines.map((line) => line.text).join("\n");
  return PERCENT.test(text) || (text.match(COUNTED)?.length ?? 0) >= 2;
}
