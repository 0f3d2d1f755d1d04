import { describe, expect, it } from "vitest";
import {
  completionChange,
  completionKeys,
  entryKeys,
  newInitiativeChange,
  progressChange,
  reportedMilestoneChange,
  reportedMilestoneKeys,
  reportedStateChange,
  silentChange,
  statusChange,
} from "./change-id";

const entry = (group: string, initiative: string) => ({ group, initiative });

describe("change ids", () => {
  it("keys an entry by its section and name, not by where it stands in the report", () => {
    const before = entryKeys([entry("O1 业务服务", "支付"), entry("O2", "风控")]);
    const after = entryKeys([entry("O0 新增", "贷款"), entry("O1 业务服务", "支付"), entry("O2", "风控")]);
    expect(after.slice(1)).toEqual(before);
    expect(before[0]).toBe("o1业务服务/支付");
  });

  it("reads names as the matcher does: spaces and punctuation do not make another entry", () => {
    expect(entryKeys([entry("O1", "贝易转-装修存管")])).toEqual(entryKeys([entry("O1", "贝易转 装修存管")]));
  });

  it("numbers repeats so that two alike entries or milestones keep apart, in order", () => {
    expect(entryKeys([entry("A", "x"), entry("A", "x"), entry("B", "x")])).toEqual(["a/x", "a/x#2", "b/x"]);
    expect(
      reportedMilestoneKeys([
        { subject: "支付", event: "上线" },
        { subject: "", event: "提测" },
        { subject: "支付", event: "上线" },
      ]),
    ).toEqual(["支付|上线", "|提测", "支付|上线#2"]);
    expect(completionKeys([{ subject: "老加工链路", event: "盘点" }])).toEqual(["老加工链路|盘点"]);
  });

  it("names a milestone by its subject and event, so a new date keeps its decisions", () => {
    const [k] = reportedMilestoneKeys([{ subject: "支付", event: "上线" }]);
    expect(reportedMilestoneChange("a/x", k!).id).toBe("a/x:m:支付|上线");
  });

  it("gives every id apart: no two changes of one preview share one", () => {
    const ids = [
      newInitiativeChange("a/x"),
      progressChange("a/x"),
      statusChange("a/x"),
      reportedMilestoneChange("a/x", "|上线"),
      reportedStateChange("a/x", "|上线"),
      completionChange("a/x", "|上线"),
      silentChange(1),
      reportedMilestoneChange("a/x#2", "|上线"),
      reportedMilestoneChange("a/x", "|上线#2"),
    ].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("stores a reported state's fix under its milestone, but rejects it on its own", () => {
    expect(reportedStateChange("a/x", "|上线")).toEqual({
      id: "a/x:m:|上线:state",
      decisionKey: "a/x:m:|上线",
      canReject: true,
      canFix: true,
    });
  });

  it("decides every other change under its own id", () => {
    for (const c of [newInitiativeChange("e"), progressChange("e"), statusChange("e"), completionChange("e", "k"), silentChange(3)])
      expect(c.decisionKey).toBe(c.id);
  });

  it("lets the PM fix only reported milestones, and reject anything but a silent initiative", () => {
    const all = [
      newInitiativeChange("e"),
      progressChange("e"),
      statusChange("e"),
      reportedMilestoneChange("e", "k"),
      reportedStateChange("e", "k"),
      completionChange("e", "k"),
      silentChange(3),
    ];
    expect(all.map((c) => c.canFix)).toEqual([false, false, false, true, true, false, false]);
    expect(all.map((c) => c.canReject)).toEqual([true, true, true, true, true, true, false]);
  });
});
