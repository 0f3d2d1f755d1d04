import { describe, expect, it } from "vitest";
import { headingLevelOf } from "./heading-level";

const entry = (group: string, text: string) => ({ group, source: { line: 1, text } });
const lines = ["# 周报", "## 渠道项目", "### 收银台改版", "- 收银台改版：12/3提测", "## 【O1 业务服务】"];

describe("headingLevelOf", () => {
  it("is the level of the entry's own heading", () => {
    expect(headingLevelOf(entry("渠道项目", "### 网关升级"), lines)).toBe(3);
  });

  it("is the level of the heading that names the entry's group", () => {
    expect(headingLevelOf(entry("收银台改版", "- 收银台改版：12/3提测"), lines)).toBe(3);
    expect(headingLevelOf(entry("O1 业务服务", "1. 长沙佣金存管"), lines)).toBe(2);
  });

  it("is null for an item with no group or a group no heading names", () => {
    expect(headingLevelOf(entry("", "- 甲"), lines)).toBeNull();
    expect(headingLevelOf(entry("【贝易转】", "- 甲"), ["- 【贝易转】"])).toBeNull();
  });
});
