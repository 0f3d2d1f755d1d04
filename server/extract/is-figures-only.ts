import type { ExtractedEntry } from "./types";

const PERCENT = /\d(?:\.\d+)?\s*[%％]/;
// `本周交易笔数：1,234,567`: a name and a number, nothing else.
// Each optional part takes its own leading spaces: two `\s*` around an optional
// word backtrack quadratically over a long run of spaces (`名称：` + 100 KB of spaces + text).
const NAMED_FIGURE = /[:：]\s*(?:(?:约|超|近)\s*)?\d[\d,.]*(?:\s*(?:[%％万亿元笔次个家人单]|ms|s))?\s*[。.]?$/;
// A figure is tried from the start of its run of digits and separators only
// (a leading separator is skipped): retried from every digit of a long run of
// digits, it backtracks quadratically (100 KB of digits).
const COUNTED = /(?<![\d,.])[,.]*\d[\d,.]*\s*(?:笔|万|亿|元|次|个|家|人|单|台|条|户|件|项|ms|s\b)/g;

// `前端 100%，后端 50%`: the figures of a work's parts, not of a rate;
// `灰度 30% 流量`, `放量至50%`: how far a rollout has gone.
const PART_FIGURE =
  /(?:前端|后端|服务端|客户端|移动端|接口|页面|开发|测试|联调|设计|研发|灰度|放量|切流)\s*(?:[:：到至]\s*)?\d{1,3}(?:\.\d+)?\s*[%％]/;

/**
 * An item that only reports figures (渗透率17.9%, 交易7898笔…) and says
 * nothing datable nor done is no initiative (`合同回款第二笔（30%）已到账` is work done).
 */
export function isFiguresOnly(entry: ExtractedEntry): boolean {
  if (entry.milestones.length > 0 || (entry.completions?.length ?? 0) > 0 || entry.progress !== null || entry.status !== null) return false;
  const text = entry.lines.map((line) => line.text).join("\n");
  if (PART_FIGURE.test(text)) return false;
  if (entry.lines.every((line) => NAMED_FIGURE.test(line.text))) return true;
  return PERCENT.test(text) || (text.match(COUNTED)?.length ?? 0) >= 2;
}
