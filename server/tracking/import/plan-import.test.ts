import { describe, expect, it } from "vitest";
import { extractReport } from "../../extract";
import type { KnownState } from "./known-state";
import { entryKeys } from "./change-id";
import { planImport } from "./plan-import";

const text =
  `# 2024-W46\n\nCreated: 2024年11月16日 10:00\n\n## 【O1 业务服务】\n\n` +
  `1. 长沙佣金存管：进度5%，支付11/28上线。\n2. 实时数仓：老加工链路盘点完成。\n`;
const extraction = extractReport(text);
const known: KnownState = {
  departmentId: 1,
  latestWeek: "2024-W45",
  initiatives: [
    {
      id: 1,
      name: "长沙佣金存管",
      groupName: "O1 业务服务",
      aliasKeys: ["长沙佣金存管"],
      status: "active",
      progress: null,
      progressManual: false,
      lastSeenWeek: "2024-W45",
      milestones: [
        {
          id: 10,
          initiativeId: 1,
          keys: ["支付|上线"],
          title: "支付上线",
          date: "2024-11-25",
          rangeStart: "2024-11-25",
          precision: "day",
          state: "planned",
          manual: false,
        },
      ],
    },
    {
      id: 2,
      name: "实时数仓",
      groupName: "O1 业务服务",
      aliasKeys: ["实时数仓"],
      status: "active",
      progress: null,
      progressManual: false,
      lastSeenWeek: "2024-W45",
      milestones: [
        {
          id: 20,
          initiativeId: 2,
          keys: ["老加工链路盘点|完成"],
          title: "老加工链路盘点完成",
          date: "2024-11-30",
          rangeStart: "2024-11-21",
          precision: "xun",
          state: "planned",
          manual: false,
        },
      ],
    },
    {
      id: 3,
      name: "WAF迁移",
      groupName: "O3 平台治理",
      aliasKeys: ["waf迁移"],
      status: "active",
      progress: null,
      progressManual: false,
      lastSeenWeek: "2024-W45",
      milestones: [],
    },
  ],
};

describe("planImport", () => {
  const { changes } = planImport(known, extraction);
  const byKind = (kind: string) => changes.filter((c) => c.kind === kind);

  it("lists date, progress and completion changes against what is known, and who went silent", () => {
    expect(byKind("date_change")).toMatchObject([{ initiativeId: 1, oldDate: "2024-11-25", newDate: "2024-11-28" }]);
    expect(byKind("progress_change")).toMatchObject([{ initiativeId: 1, oldProgress: null, newProgress: 5, regression: false }]);
    expect(byKind("state_change")).toMatchObject([{ milestoneId: 20, oldState: "planned", newState: "done" }]);
    expect(byKind("silent")).toMatchObject([{ initiativeId: 3, initiativeName: "WAF迁移" }]);
  });

  it("keeps rejected changes listed but plans the known values instead", () => {
    const date = byKind("date_change")[0]!;
    const completion = byKind("state_change")[0]!;
    const plan = planImport(known, extraction, { rejected: [date.id, completion.id] });
    expect(plan.changes.map((c) => c.id)).toEqual(changes.map((c) => c.id));
    const pay = plan.entries.find((e) => e.initiativeId === 1)!.milestones[0]!;
    expect(pay.observation.date).toBe("2024-11-25");
    expect(plan.entries.find((e) => e.initiativeId === 2)!.milestones).toEqual([]);
  });

  it("applies a PM's fixed date and a merge into another initiative", () => {
    const date = byKind("date_change")[0]!;
    const plan = planImport(known, extraction, {
      milestoneFixes: { [date.id]: { date: "2024-12-01" } },
      entries: { [byKind("state_change")[0]!.entryKey!]: { mergeIntoId: 1 } },
    });
    expect(plan.entries.map((e) => e.initiativeId)).toEqual([1, 1]);
    expect(plan.entries[0]!.milestones[0]!.observation).toMatchObject({ date: "2024-12-01", precision: "day" });
  });

  it("moves a milestone to another entry of the report", () => {
    const date = byKind("date_change")[0]!;
    const plan = planImport(known, extraction, { milestoneMoves: { [date.id]: { toEntry: entryKeys(extraction.entries)[1]! } } });
    expect(plan.entries[1]!.milestones.map((m) => m.observation.title)).toContain("支付上线");
    expect(plan.entries[0]!.milestones).toEqual([]);
  });
});

describe("planImport's change ids", () => {
  const { changes } = planImport(known, extraction);

  it("tells the review what each change's decisions are stored under and what may be decided", () => {
    const date = changes.find((c) => c.kind === "date_change")!;
    const completion = changes.find((c) => c.kind === "state_change")!;
    const silent = changes.find((c) => c.kind === "silent")!;
    expect(date).toMatchObject({ id: "o1业务服务/长沙佣金存管:m:支付|上线", decisionKey: date.id, canReject: true, canFix: true });
    expect(completion).toMatchObject({
      id: "o1业务服务/实时数仓:c:老加工链路|盘点",
      decisionKey: completion.id,
      canReject: true,
      canFix: false,
    });
    expect(silent).toMatchObject({ id: "silent:3", canReject: false, canFix: false });
  });

  it("reads a state fix of a reported milestone under the milestone's key", () => {
    const done = extractReport(text.replace("支付11/28上线", "支付11/25已上线"));
    const state = planImport(known, done).changes.find((c) => c.kind === "state_change" && c.milestoneId === 10)!;
    expect(state).toMatchObject({
      id: "o1业务服务/长沙佣金存管:m:支付|上线:state",
      decisionKey: "o1业务服务/长沙佣金存管:m:支付|上线",
      canFix: true,
    });
    const fixed = planImport(known, done, { milestoneFixes: { [state.decisionKey]: { state: "at_risk" } } });
    expect(fixed.entries[0]!.milestones[0]!.observation.state).toBe("at_risk");
    const rejected = planImport(known, done, { rejected: [state.id] });
    expect(rejected.entries[0]!.milestones[0]!.observation.state).toBe("planned");
  });
});

describe("decisions keyed by what they are about", () => {
  const date = planImport(known, extraction).changes.find((c) => c.kind === "date_change")!;
  const decisions = { milestoneFixes: { [date.decisionKey]: { date: "2024-12-02" } }, rejected: [`${date.entryKey}:progress`] };

  it("still apply after an entry is added above and the milestone's date is corrected in the text", () => {
    const edited = extractReport(
      text.replace("1. 长沙佣金存管", "1. 新项目：12/20上线。\n2. 长沙佣金存管").replace("支付11/28上线", "支付11/29上线"),
    );
    const plan = planImport(known, edited, decisions);
    const entry = plan.entries.find((e) => e.initiativeId === 1)!;
    expect(entry.entry).toBe(1);
    expect(entry.milestones[0]!.observation.date).toBe("2024-12-02");
    expect(entry.progress).toBeNull();
    const edits = planImport(known, edited).entries.find((e) => e.initiativeId === 1)!;
    expect([edits.milestones[0]!.observation.date, edits.progress]).toEqual(["2024-11-29", 5]);
  });
});

describe("rename, alias and a corrected title", () => {
  const key = entryKeys(extraction.entries)[0]!;
  const date = planImport(known, extraction).changes.find((c) => c.kind === "date_change")!;

  it("renames a known initiative: the new name on the plan, the old one kept as an alias", () => {
    const plan = planImport(known, extraction, { entries: { [key]: { name: "长沙佣金存管二期" } } });
    expect(plan.entries[0]).toMatchObject({ initiativeId: 1, name: "长沙佣金存管二期", rename: true });
    expect(plan.entries[0]!.aliasNames).toContain("长沙佣金存管");
    expect(plan.changes.find((c) => c.entry === 0)!.initiativeName).toBe("长沙佣金存管二期");
  });

  it("adds an alias without renaming", () => {
    const plan = planImport(known, extraction, { entries: { [key]: { alias: "佣金存管" } } });
    expect(plan.entries[0]).toMatchObject({ initiativeId: 1, name: "长沙佣金存管", rename: false });
    expect(plan.entries[0]!.aliasNames).toContain("佣金存管");
  });

  it("writes a corrected milestone title, still matched by its subject and event", () => {
    const plan = planImport(known, extraction, { milestoneFixes: { [date.decisionKey]: { title: "支付渠道上线" } } });
    expect(plan.entries[0]!.milestones[0]).toMatchObject({ milestoneId: 10, observation: { title: "支付渠道上线", key: "支付|上线" } });
  });
});
