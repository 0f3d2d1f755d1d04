import { describe, expect, it } from "vitest";
import { type CurrentInitiative, planInitiativeEdit, validateInitiativeEdit } from "./plan-initiative-edit";

const current: CurrentInitiative = {
  name: "装修存管",
  groupName: "O1 业务服务",
  status: "active",
  progress: 30,
  startDate: "2024-11-04",
  owner: "张三",
};

describe("planInitiativeEdit", () => {
  it("renames and regroups without observing anything", () => {
    const plan = planInitiativeEdit(current, { name: " 贝易转-装修存管 ", groupName: "O2 能力升级" });
    expect(plan).toMatchObject({ rename: "贝易转-装修存管", regroup: "O2 能力升级", observation: null });
    expect(plan.log.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ["name", "装修存管", "贝易转-装修存管"],
      ["group", "O1 业务服务", "O2 能力升级"],
    ]);
  });

  it("observes only the fields that change", () => {
    const plan = planInitiativeEdit(current, { progress: 45, status: "active", startDate: "2024-11-01" });
    expect(plan.observation).toEqual({ progress: 45, status: null, startDate: "2024-11-01", owner: null });
    expect(plan.log).toEqual([
      { field: "progress", oldValue: "30", newValue: "45" },
      { field: "startDate", oldValue: "2024-11-04", newValue: "2024-11-01" },
    ]);
  });

  it("sets, clears and keeps the owner; an owner cleared by hand is observed as an empty one", () => {
    const set = planInitiativeEdit(current, { owner: " 李四 " });
    expect(set.observation).toEqual({ progress: null, status: null, startDate: null, owner: "李四" });
    expect(set.log).toEqual([{ field: "owner", oldValue: "张三", newValue: "李四" }]);
    const cleared = planInitiativeEdit(current, { owner: "" });
    expect(cleared.observation?.owner).toBe("");
    expect(cleared.log).toEqual([{ field: "owner", oldValue: "张三", newValue: null }]);
    expect(() => planInitiativeEdit(current, { owner: "张三 " })).toThrow(/没有需要保存的修改/);
    expect(() => planInitiativeEdit({ ...current, owner: null }, { owner: "" })).toThrow(/没有需要保存的修改/);
    expect(() => validateInitiativeEdit({ owner: "长".repeat(51) })).toThrow(/负责人不能超过 50 个字符/);
  });

  it("refuses nothing to change, progress out of range, an empty name and a bad date", () => {
    expect(() => planInitiativeEdit(current, { name: "装修存管", progress: 30 })).toThrow(/没有需要保存的修改/);
    expect(() => validateInitiativeEdit({ progress: 120 })).toThrow(/0 到 100/);
    expect(() => validateInitiativeEdit({ name: "  " })).toThrow(/名称不能为空/);
    expect(() => validateInitiativeEdit({ startDate: "2024-13-01" })).toThrow(/日期无效/);
  });
});
