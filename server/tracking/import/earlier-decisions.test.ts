import { describe, expect, it } from "vitest";
import type { Change } from "../types";
import { reportedMilestoneChange } from "./change-id";
import { carryDecisions, parseStoredDecisions, storeDecisions } from "./earlier-decisions";

const base = { entry: 0, entryKey: "o1/支付", initiativeId: 1, initiativeName: "支付", group: "O1", source: null };
const launch: Change = {
  ...base,
  ...reportedMilestoneChange("o1/支付", "|上线"),
  kind: "new_milestone",
  title: "上线",
  date: "2024-12-01",
  rangeStart: "2024-12-01",
  precision: "day",
  state: "planned",
  baselineDate: null,
};
const test: Change = { ...launch, ...reportedMilestoneChange("o1/支付", "|提测"), title: "提测" };

describe("earlier decisions", () => {
  const stored = storeDecisions(
    {
      rejected: [test.id],
      milestoneFixes: { [launch.decisionKey]: { date: "2024-12-05" } },
      entries: { "o1/支付": { name: "支付平台" }, "o1/旧项目": { mergeIntoId: 4 } },
    },
    [launch, test],
  );

  it("labels each decision by what it is about", () => {
    expect(stored.labels[test.id]).toBe("支付 · 提测");
    expect(stored.labels["o1/支付"]).toBe("支付");
    expect(stored.labels["o1/旧项目"]).toBe("o1/旧项目");
  });

  it("keeps those whose change is still there and lists the others", () => {
    const carried = carryDecisions(stored, [launch], ["o1/支付"]);
    expect(carried.decisions).toEqual({
      milestoneFixes: { [launch.decisionKey]: { date: "2024-12-05" } },
      entries: { "o1/支付": { name: "支付平台" } },
    });
    expect(carried.lost).toEqual([
      { kind: "rejected", key: test.id, label: "支付 · 提测" },
      { kind: "entry", key: "o1/旧项目", label: "o1/旧项目" },
    ]);
  });

  it("carries everything to an identical version, and nothing to an empty one", () => {
    expect(carryDecisions(stored, [launch, test], ["o1/支付", "o1/旧项目"])).toEqual({ decisions: stored.decisions, lost: [] });
    expect(carryDecisions(stored, [], []).decisions).toEqual({});
  });

  it("reads what it stored, and an older report's {} or bad JSON as no decisions", () => {
    expect(parseStoredDecisions(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredDecisions("{}")).toEqual({ decisions: {}, labels: {} });
    expect(parseStoredDecisions("not json")).toEqual({ decisions: {}, labels: {} });
  });

  it("keeps an added milestone while its entry still has its line, and a mapping while its change is there", () => {
    const line = "1. 支付：12月10日切流";
    const added = { entryKey: "o1/支付", line, span: "12月10日切流", event: "切流" };
    const kept = storeDecisions({ addedMilestones: [added], milestoneMaps: { [launch.decisionKey]: { milestoneId: 7 } } }, [launch]);
    expect(kept.labels[`o1/支付:add:${line}/12月10日切流|切流`]).toBe("支付 · 切流");
    expect(carryDecisions(kept, [launch], ["o1/支付"], [[line]])).toEqual({
      decisions: { addedMilestones: [added], milestoneMaps: { [launch.decisionKey]: { milestoneId: 7 } } },
      lost: [],
    });
    const gone = carryDecisions(kept, [test], ["o1/支付"], [["1. 支付：12月12日切流"]]);
    expect(gone.decisions).toEqual({});
    expect(gone.lost.map((l) => `${l.kind} ${l.label}`)).toEqual(["added 支付 · 切流", "map 支付 · 上线"]);
  });
});
