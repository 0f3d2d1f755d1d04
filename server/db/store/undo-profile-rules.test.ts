import { describe, expect, it } from "vitest";
import { type ProfileRuleRow, taughtRules } from "./undo-profile-rules";

const row = (id: number, ruleId: string): ProfileRuleRow => ({
  id,
  departmentId: 1,
  ruleId,
  kind: "facet",
  match: ruleId,
  value: "",
  sourceReportId: 7,
  sourceWeek: "2024-W47",
  actor: "PM",
  createdAt: new Date("2024-11-22T10:00:00Z"),
});

describe("taughtRules", () => {
  it("names the rows an operation created by id and keeps the rows it removed whole", () => {
    const before = [row(1, "a"), row(2, "b")];
    // b overruled by c; a rewritten under its id (a new row)
    const after = [row(3, "a"), row(4, "c")];
    expect(taughtRules(before, after)).toEqual({ created: [3, 4], removed: [row(1, "a"), row(2, "b")] });
  });
  it("is empty when the rules stayed as they were", () => {
    const rules = [row(1, "a")];
    expect(taughtRules(rules, [row(1, "a")])).toEqual({ created: [], removed: [] });
    expect(taughtRules([], [])).toEqual({ created: [], removed: [] });
  });
});
