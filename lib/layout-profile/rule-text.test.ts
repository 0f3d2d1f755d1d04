import { describe, expect, it } from "vitest";
import { ruleMatchText } from "./rule-text";

describe("ruleMatchText", () => {
  it("says a list depth in words and leaves heading levels and labels as written", () => {
    expect(ruleMatchText({ kind: "projectLevel", match: "l2" })).toBe("列表第 2 级的每一项是一个项目");
    expect(ruleMatchText({ kind: "projectLevel", match: "h3" })).toBe("h3");
    expect(ruleMatchText({ kind: "facet", match: "l2" })).toBe("l2");
  });
});
