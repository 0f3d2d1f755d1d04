// Reports made to keep the reader busy: one item whose clause lists date after date
// (`12/5、12/5、…`). Each date costs the milestone reader real work, so the text is
// slow in proportion to its size (linear since the reader binds dates per clause
// once): a second or more at 2 MB on a 2-core machine, past a budget of half a second. Every byte is legal report text, so only the time
// budget (server/extract-pool) can refuse it.
const HEADER = "# 2024-W47\n\nCreated: 2024年11月23日\n\n## 【O1 业务服务】\n\n1. 支付网关：";

/** About `bytes` of UTF-8 (at most that many): one item with thousands of dates in one clause. */
export function manyDatesInOneClause(bytes: number): string {
  const unit = "12/5、";
  const room = bytes - Buffer.byteLength(HEADER) - Buffer.byteLength("上线\n");
  return `${HEADER}${unit.repeat(Math.floor(room / Buffer.byteLength(unit)))}上线\n`;
}
