import { describe, expect, it } from "vitest";
import { parseLayoutProfile } from "./parse-layout-profile";

const rule = (id: string, kind: string, match: string, value = "") => ({ id, kind, match, value });

describe("parseLayoutProfile", () => {
  it("accepts a valid profile and fills in a missing source", () => {
    const parsed = parseLayoutProfile(JSON.stringify({ version: 1, rules: [rule("a", "facet", "风险"), rule("b", "projectLevel", "h3")] }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.profile.rules[0]!.source).toEqual({ reportId: null, week: null, actor: null, at: null });
  });

  it("refuses text that is no JSON", () => {
    expect(parseLayoutProfile("{version: 1")).toEqual({ ok: false, message: "版式配置不是有效的 JSON" });
  });

  it("refuses a profile of a newer version, naming it", () => {
    const parsed = parseLayoutProfile({ version: 2, rules: [] });
    expect(parsed).toEqual({ ok: false, message: "版式配置来自更新的版本（版本 2），当前只能读取版本 1" });
  });

  it("refuses an unknown kind or a missing field", () => {
    const unknown = parseLayoutProfile({ version: 1, rules: [rule("a", "magic", "风险")] });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toMatch(/^版式配置格式不正确：rules\.0\.kind/);
    expect(parseLayoutProfile({ rules: [] }).ok).toBe(false);
    expect(parseLayoutProfile(null).ok).toBe(false);
  });

  it("refuses a label that is both a facet and a section, however it is written", () => {
    const parsed = parseLayoutProfile({ version: 1, rules: [rule("a", "facet", "风险"), rule("b", "section", "**风险：**")] });
    expect(parsed).toEqual({ ok: false, message: "“**风险：**”不能既是“属于上一项”又是“分组”" });
  });

  it("refuses aliases that point at themselves, at two names, or at another alias", () => {
    expect(parseLayoutProfile({ version: 1, rules: [rule("a", "alias", "支付", "支付")] }).ok).toBe(false);
    const two = parseLayoutProfile({ version: 1, rules: [rule("a", "alias", "支付", "甲"), rule("b", "alias", "支付", "乙")] });
    expect(two).toEqual({ ok: false, message: "“支付”不能同时是“甲”和“乙”的别名" });
    const chain = parseLayoutProfile({ version: 1, rules: [rule("a", "alias", "甲", "乙"), rule("b", "alias", "乙", "丙")] });
    expect(chain).toEqual({ ok: false, message: "别名“甲”指向的“乙”本身也是别名" });
  });

  it("refuses a level that is no heading level and repeated ids", () => {
    expect(parseLayoutProfile({ version: 1, rules: [rule("a", "projectLevel", "h7")] }).ok).toBe(false);
    expect(parseLayoutProfile({ version: 1, rules: [rule("a", "ignore", "背景"), rule("a", "ignore", "收益")] })).toEqual({
      ok: false,
      message: "版式配置中规则编号重复：a",
    });
  });

  it("accepts list depths l1 to l6 beside heading levels, and refuses other list depths with a clear message", () => {
    const both = parseLayoutProfile({
      version: 1,
      rules: [rule("a", "projectLevel", "h2"), rule("b", "projectLevel", "l1"), rule("c", "projectLevel", "l6")],
    });
    expect(both.ok).toBe(true);
    for (const bad of ["l0", "l7", "L2", "list", "2"]) {
      expect(parseLayoutProfile({ version: 1, rules: [rule("a", "projectLevel", bad)] })).toEqual({
        ok: false,
        message: `“${bad}”不是标题层级或列表层级（应为 h1 至 h6，或 l1 至 l6）`,
      });
    }
  });

  it("accepts an event word and refuses one that is a letter, a phrase or has punctuation or spaces", () => {
    expect(parseLayoutProfile({ version: 1, rules: [rule("a", "eventWord", "切流"), rule("b", "eventWord", "Dryrun")] }).ok).toBe(true);
    for (const word of ["切", "因为行方封网所以推迟到下周切流", "切流，", "切 流"]) {
      expect(parseLayoutProfile({ version: 1, rules: [rule("a", "eventWord", word)] })).toEqual({
        ok: false,
        message: `“${word}”不能作为事件词（应为 2 至 12 个字、不含标点和空格）`,
      });
    }
  });

  it("still reads a profile written before event words existed", () => {
    const old = { version: 1, rules: [rule("a", "facet", "风险"), rule("b", "alias", "支付", "支付中台")] };
    expect(parseLayoutProfile(JSON.stringify(old)).ok).toBe(true);
  });
});
