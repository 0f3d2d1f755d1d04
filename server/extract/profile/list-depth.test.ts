import { describe, expect, it } from "vitest";
import { EMPTY_PROFILE, type LayoutProfile } from "../../../lib/layout-profile/layout-profile";
import { extractReport } from "../extract-report";
import { numberedAreasReport } from "./numbered-areas.fixture";

// A department that numbers its areas and bullets the work of each, with the work's own details below.
const REPORT = numberedAreasReport("   - 模型迭代", "     - 12/20上线");

// Sentences under a heading (the extractor reads the heading as one piece of work), and a label line between bullets.
const LOOSE = [
  "# 平台部周报",
  "日期：2024-12-06",
  "## 数据平台",
  "- 完成了数仓迁移，进度80%",
  "- 推进报表重构，12/15上线",
  "## 基础设施",
  "- 网关升级",
  "  - 12/9切换",
  "回滚预案：已评审，12/11演练",
  "- 监控告警",
  "  - 12/20上线",
].join("\n");

const source = { reportId: 3, week: "2024-W49", actor: "张三", at: "2024-12-06T10:00:00.000Z" };
function levels(...matches: string[]): LayoutProfile {
  return { version: 1, rules: matches.map((match, i) => ({ id: `r${i}`, kind: "projectLevel" as const, match, value: "", source })) };
}
const read = (text: string, profile?: LayoutProfile) => extractReport(text, profile ? { profile } : {});
/** group/initiative progress [milestone@date …] */
const summary = (text: string, profile?: LayoutProfile) =>
  read(text, profile).entries.map(
    (e) => `${e.group}/${e.initiative} ${e.progress ?? "-"} [${e.milestones.map((m) => `${m.title}@${m.date}`).join(" ")}]`,
  );

describe("a projectLevel rule on a list depth (l1…l6)", () => {
  it("the extractor alone reads the bullets as the work and the numbered items as their groups", () => {
    expect(summary(REPORT)).toEqual([
      "支付中台/长沙佣金存管 30 [上线@2024-12-05]",
      "支付中台/收银台改版 - [全量@2024-12-12]",
      "风控平台/规则引擎 60 [提测@2024-12-09]",
      "风控平台/模型迭代 - [上线@2024-12-20]",
    ]);
  });

  it("l1: every numbered item is one initiative, and the bullets below it are its lines", () => {
    expect(summary(REPORT, levels("l1"))).toEqual([
      "重点工作/支付中台 30 [上线@2024-12-05 全量@2024-12-12]",
      "重点工作/风控平台 60 [提测@2024-12-09 上线@2024-12-20]",
    ]);
    expect(read(REPORT, levels("l1")).firedRules).toEqual([
      { ruleId: "r0", kind: "projectLevel", match: "l1", line: 4 },
      { ruleId: "r0", kind: "projectLevel", match: "l1", line: 9 },
    ]);
  });

  it("l2: every bullet is one initiative, grouped by the item above it", () => {
    expect(summary(REPORT, levels("l2"))).toEqual(summary(REPORT));
    expect(read(REPORT, levels("l2")).firedRules!.map((f) => f.line)).toEqual([5, 7, 10, 12]);
  });

  it("l3: the innermost bullets are the work, grouped by the label of the bullet above them", () => {
    expect(summary(REPORT, levels("l3"))).toEqual([
      "长沙佣金存管/12/5上线 - [上线@2024-12-05]",
      "收银台改版/12/12全量 - [全量@2024-12-12]",
      "规则引擎/12/9提测 - [提测@2024-12-09]",
      "模型迭代/12/20上线 - [上线@2024-12-20]",
    ]);
  });

  it("overrules the extractor's guess that a heading of sentences is one piece of work; a label line joins the item above it", () => {
    expect(summary(LOOSE)).toEqual([
      "/数据平台 80 [上线@2024-12-15]",
      "基础设施/网关升级 - [切换@2024-12-09]",
      "基础设施/回滚预案 - [演练@2024-12-11 上线@2024-12-20]",
    ]);
    expect(summary(LOOSE, levels("l1"))).toEqual([
      "数据平台/数仓迁移 80 []",
      "数据平台/报表重构 - [上线@2024-12-15]",
      "基础设施/网关升级 - [切换@2024-12-09 回滚预案演练@2024-12-11]",
      "基础设施/监控告警 - [上线@2024-12-20]",
    ]);
  });

  it("coexists with a heading level: under a heading that is one piece of work, its lists are its lines", () => {
    expect(summary(LOOSE, levels("h2", "l1"))).toEqual([
      "/数据平台 80 [上线@2024-12-15]",
      "/基础设施 - [切换@2024-12-09 回滚预案演练@2024-12-11 上线@2024-12-20]",
    ]);
  });

  it("of two list depths the shallower wins, in any order", () => {
    const both = read(REPORT, levels("l2", "l1"));
    expect(both.entries).toEqual(read(REPORT, levels("l1")).entries);
    expect(both.firedRules!.map((f) => `${f.ruleId}:${f.match}:${f.line}`)).toEqual(["r1:l1:4", "r1:l1:9"]);
    expect(summary(REPORT, levels("l3", "l1"))).toEqual(summary(REPORT, levels("l1")));
  });

  it("an empty profile changes nothing, and a depth no list reaches changes nothing but the fired rules", () => {
    expect(read(REPORT, EMPTY_PROFILE)).toEqual(read(REPORT));
    expect(read(LOOSE, EMPTY_PROFILE)).toEqual(read(LOOSE));
    const { firedRules, ...rest } = read(REPORT, levels("l6"));
    expect(firedRules).toEqual([]);
    expect(rest).toEqual(read(REPORT));
  });

  it("is deterministic and leaves the profile as it was", () => {
    const profile = levels("l1", "h3");
    const before = structuredClone(profile);
    Object.freeze(profile.rules);
    expect(read(REPORT, profile)).toEqual(read(REPORT, profile));
    expect(read(LOOSE, profile)).toEqual(read(LOOSE, profile));
    expect(profile).toEqual(before);
  });
});
