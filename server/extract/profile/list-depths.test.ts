import { describe, expect, it } from "vitest";
import { listItemDepths } from "./list-depths";

describe("listItemDepths", () => {
  it("counts list items from the outermost list under each heading, through label lines that add no depth", () => {
    const text = [
      "# 周报",
      "## 重点工作",
      "1. 支付中台",
      "   - 长沙佣金存管：进度30%",
      "     - 12/5上线",
      "2、风控平台",
      "## 运维",
      "（1）网关升级",
      "回滚预案：已评审",
      "- 监控告警",
      "  • 12/20上线",
      "说明文字",
    ];
    expect([...listItemDepths(text)].map(([line, d]) => `${line}:${d.depth}${d.deeper ? "+" : ""}`)).toEqual([
      "3:1+",
      "4:2+",
      "5:3",
      "6:1",
      "8:1",
      "10:1+",
      "11:2",
    ]);
  });

  it("finds nothing in a report without lists", () => {
    expect(listItemDepths(["# 周报", "## 项目", "说明：无"]).size).toBe(0);
  });
});
