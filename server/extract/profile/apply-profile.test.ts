import { describe, expect, it } from "vitest";
import { EMPTY_PROFILE, type LayoutProfile, type ProfileRule, type ProfileRuleKind } from "../../../lib/layout-profile/layout-profile";
import { PROFILE_W47 } from "../../testing/profile-reports";
import { extractReport } from "../extract-report";

const REPORT = PROFILE_W47;

const source = { reportId: 7, week: "2024-W47", actor: "张三", at: "2024-11-22T10:00:00.000Z" };
function profile(...rules: Array<[ProfileRuleKind, string, string?]>): LayoutProfile {
  const list: ProfileRule[] = rules.map(([kind, match, value], i) => ({ id: `r${i}`, kind, match, value: value ?? "", source }));
  return { version: 1, rules: list };
}
const read = (p?: LayoutProfile) => extractReport(REPORT, p ? { profile: p } : {});
const names = (p?: LayoutProfile) => read(p).entries.map((e) => `${e.group}/${e.initiative}`);

describe("a layout profile applied by the extractor", () => {
  it("without rules reads the report exactly as no profile does, and reports no fired rules", () => {
    expect(read(EMPTY_PROFILE)).toEqual(read());
    expect(read().firedRules).toBeUndefined();
  });

  it("is pure: the same input gives the same result, and the profile is not changed", () => {
    const p = profile(["facet", "补充"], ["alias", "收银台改版", "收银台"]);
    const frozen = structuredClone(p);
    Object.freeze(p.rules);
    expect(read(p)).toEqual(read(p));
    expect(p).toEqual(frozen);
  });

  it("the extractor alone reads the layout wrongly in the ways the rules fix", () => {
    expect(names()).toEqual([
      "核心项目/长沙佣金存管",
      "核心项目/补充",
      "核心项目/王小明",
      "核心项目/新渠道",
      "收银台改版/收银台改版",
      "网关升级/网关",
      "经验分享/复盘机制",
    ]);
  });

  it("facet: the item joins the item above, with its milestone", () => {
    const result = read(profile(["facet", "补充"]));
    expect(result.entries.map((e) => e.initiative)).not.toContain("补充");
    const host = result.entries.find((e) => e.initiative === "长沙佣金存管")!;
    expect(host.milestones.map((m) => m.date)).toEqual(["2024-11-28", "2024-12-05"]);
    expect(result.firedRules).toEqual([{ ruleId: "r0", kind: "facet", match: "补充", line: 5 }]);
  });

  it("ignore: a person's name is no work", () => {
    expect(names(profile(["ignore", "王小明"]))).not.toContain("核心项目/王小明");
  });

  it("section: an item becomes the group of the items below it", () => {
    const list = names(profile(["section", "新渠道"]));
    expect(list).toContain("新渠道/渠道甲");
    expect(list).toContain("新渠道/渠道乙");
    expect(list).not.toContain("核心项目/新渠道");
  });

  it("skipSection: a whole section is left out", () => {
    expect(names(profile(["skipSection", "经验分享"]))).not.toContain("经验分享/复盘机制");
  });

  it("projectLevel: every heading of that level is one initiative, and what is below joins it", () => {
    const p = profile(["projectLevel", "h3"]);
    expect(names(p).slice(-3)).toEqual(["渠道项目/收银台改版", "渠道项目/网关升级", "经验分享/复盘机制"]);
    const gateway = read(p).entries.find((e) => e.initiative === "网关升级")!;
    expect(gateway.milestones.map((m) => m.date)).toEqual(["2024-12-06"]);
    expect(read(p).firedRules!.map((f) => f.line)).toEqual([11, 13]);
  });

  it("notProgress: a figure after the label is no progress", () => {
    expect(read().entries.find((e) => e.initiative === "收银台改版")!.progress).toBe(50);
    const result = read(profile(["notProgress", "灰度"]));
    const entry = result.entries.find((e) => e.initiative === "收银台改版")!;
    expect(entry.progress).toBeNull();
    expect(entry.milestones.map((m) => m.date)).toEqual(["2024-12-03"]);
    expect(result.firedRules).toEqual([{ ruleId: "r0", kind: "notProgress", match: "灰度", line: 12 }]);
  });

  it("alias: an entry is read under its other name, and repeats merge", () => {
    const list = names(profile(["alias", "网关", "收银台改版"]));
    expect(list.filter((n) => n.endsWith("/收银台改版"))).toHaveLength(1);
    const merged = read(profile(["alias", "网关", "收银台改版"])).entries.find((e) => e.initiative === "收银台改版")!;
    expect(merged.milestones.map((m) => m.date).sort()).toEqual(["2024-12-03", "2024-12-06"]);
  });

  it("rules that match nothing change nothing but the empty list of fired rules", () => {
    const result = read(profile(["facet", "不存在的标签"], ["projectLevel", "h6"]));
    const { firedRules, ...rest } = result;
    expect(firedRules).toEqual([]);
    expect(rest).toEqual(read());
  });

  it("eventWord: a dated line naming the department's own word yields a milestone of that title", () => {
    const text = [
      "# 支付部周报 2024-W47",
      "日期：2024-11-22",
      "## 核心项目",
      "- 核心系统迁移：进度30%，12月10日切流",
      "- 网关：12/6上线",
    ].join("\n");
    const plain = extractReport(text);
    expect(plain.entries[0]!.milestones).toEqual([]);
    expect(plain.unread?.map((u) => u.line)).toEqual([4]);
    const result = extractReport(text, { profile: profile(["eventWord", "切流"]) });
    expect(result.entries[0]!.milestones).toMatchObject([{ title: "切流", date: "2024-12-10", event: "切流" }]);
    expect(result.unread).toEqual([]);
    expect(result.firedRules).toEqual([{ ruleId: "r0", kind: "eventWord", match: "切流", line: 4 }]);
    // the rest of the report reads as before
    expect(result.entries[1]).toEqual(plain.entries[1]);
  });

  it("eventWord: a word the extractor knows already changes nothing, as an empty profile", () => {
    expect(read(profile(["eventWord", "上线"]))).toEqual(read());
  });
});
