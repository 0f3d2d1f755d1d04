/**
 * A test report of a department that numbers its areas and bullets the work of
 * each, with the work's own details below: the layout list-depth rules
 * (`projectLevel` l1–l6) are for. Extra lines go after its last area.
 */
export function numberedAreasReport(...more: string[]): string {
  return [
    "# 平台部周报 2024-W49",
    "日期：2024-12-06",
    "## 重点工作",
    "1. 支付中台",
    "   - 长沙佣金存管：联调完成，进度30%",
    "     - 12/5上线",
    "   - 收银台改版：灰度中",
    "     - 12/12全量",
    "2. 风控平台",
    "   - 规则引擎：进度60%",
    "     - 12/9提测",
    ...more,
  ].join("\n");
}
