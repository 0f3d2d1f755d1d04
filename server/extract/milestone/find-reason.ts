const CAUSE = /(?:因为|因|由于|原因是|原因为|原因[:：]|due to|because of|because)\s*([^，,；;。!！?？]{2,40})/i;
const CHANGE_CLAUSE = /^([^，,；;。\d]{2,30}?(?:调整|变更|延期|推迟|延迟|延误|延后|变化|受阻|delayed))$/;
const CHANGE = /(?:而|导致|需要?)?(?:推迟|延期|延后|延迟|调整|顺延|改)(?:至|到|为)/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const BRACKETED = /[（(]([^（()）\d]{2,30})[)）]/;

/**
 * `cause` without the change it explains and all after it, as `(?:推迟|…)(?:至|到|为).*$`
 * cut it (`.` stops at a line break: only a change on the last line counts). Found
 * once, where that pattern scanned to the end again from every change word.
 */
function withoutChange(cause: string): string {
  let lineStart = cause.length;
  while (lineStart > 0 && !LINE_BREAK.test(cause[lineStart - 1]!)) lineStart--;
  const change = CHANGE.exec(cause.slice(lineStart));
  return change ? cause.slice(0, lineStart + change.index) : cause;
}

/**
 * The cause a sentence gives for a change: a 因/由于 clause
 * (`因双主体需求需要变更方案` → 双主体需求需要变更方案), a bracket after the
 * change (`（支付宝侧接口调整）`), or a dateless clause that is itself a change
 * (`银行侧排期调整`, `设备到货延迟`).
 */
export function findReason(sentence: string): string | null {
  const cause = CAUSE.exec(sentence);
  // `因厂商SDK兼容问题推迟至12/25`: the cause ends where the change it explains begins.
  if (cause)
    return (
      withoutChange(cause[1]!)
        .replace(/^[\s:：]+/, "")
        // From the start of the closing run only: from each character of a long run it backtracks quadratically.
        .replace(/(?<![\s）)])[\s）)]+$/, "")
        .trim() || null
    );
  const bracket = BRACKETED.exec(sentence);
  if (bracket && /延期|推迟|调整|延迟|变更/.test(sentence)) return bracket[1]!.trim();
  for (const clause of sentence.split(/[，,]/)) {
    const change = CHANGE_CLAUSE.exec(clause.trim());
    if (change && !/时间|日期|节点/.test(change[1]!)) return change[1]!;
  }
  return null;
}
