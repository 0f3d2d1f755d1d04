import { describe, expect, it } from "vitest";
import { listDepthOf } from "./list-depth";

const entry = (line: number) => ({ source: { line, text: "" } });
const lines = [
  "# 周报",
  "## 重点工作",
  "1. 支付中台",
  "   - 长沙佣金存管：进度30%",
  "     - 12/5上线",
  "2. 风控平台",
  "### 网关",
  "网关：12/9切换",
];

describe("listDepthOf", () => {
  it("is the depth of the entry's list item, and says whether list items sit below it", () => {
    expect(listDepthOf(entry(3), lines)).toEqual({ depth: 1, deeper: true });
    expect(listDepthOf(entry(4), lines)).toEqual({ depth: 2, deeper: true });
    expect(listDepthOf(entry(6), lines)).toEqual({ depth: 1, deeper: false });
  });

  it("is null for an entry that is a heading or a label line, not a list item", () => {
    expect(listDepthOf(entry(7), lines)).toBeNull();
    expect(listDepthOf(entry(8), lines)).toBeNull();
  });

  it("stops at the deepest level a profile can name (l6)", () => {
    const deep = ["## 项目", ...Array.from({ length: 8 }, (_, i) => `${"  ".repeat(i)}- 第${i + 1}层`)];
    expect(listDepthOf(entry(7), deep)).toEqual({ depth: 6, deeper: false });
    expect(listDepthOf(entry(8), deep)).toBeNull();
  });
});
