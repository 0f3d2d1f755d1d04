// A word that numbers the items of a list rather than naming one: `议题1、third_party_glfw仓申请退休`
// (topic 1 of a meeting), `任务2：接口联调`, `事项3. 发布评审`, `议题一、…`, an OKR's `KR1：` / `O2、`.
// The name is what follows it.
export const LIST_NUMBER_LABEL = String.raw`(?:KR|O|议题|任务|事项|问题|需求|项目|Topic|Task|Item)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;

const LEADING_NUMBER_LABEL = new RegExp(String.raw`^${LIST_NUMBER_LABEL}\s*[:：.．、](?!\d)\s*`, "i");

// After a real number label comes a name; `项目1：进度10%，12/5上线` has none, and is named by its label.
const NAMES_NOTHING = /^\s*(?:进度|完成度|完成率|状态|\d)/;

/** Whether the text after a label like `项目1：` names nothing, so that the label is the item's name. */
export function namesNothing(rest: string): boolean {
  return NAMES_NOTHING.test(rest);
}

/** The text after the label that numbers it: `任务2：接口联调，12月10日完成` → `接口联调，12月10日完成`. */
export function withoutListNumber(text: string): string {
  const label = LEADING_NUMBER_LABEL.exec(text);
  return label && !namesNothing(text.slice(label[0].length)) ? text.slice(label[0].length) : text;
}
