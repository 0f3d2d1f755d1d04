import { describe, expect, it } from "vitest";
import type { DumpRow, DumpV1 } from "./dump-format";
import { upgradeDumpV1 } from "./dump-upgrade";

const EXPORTED_AT = "2024-12-14T08:00:00.000Z";

function v1(tables: Partial<DumpV1["tables"]>): DumpV1 {
  const empty = { Group: [], Report: [], Initiative: [], InitiativeAlias: [], Milestone: [], MilestoneObservation: [] };
  const rest = { InitiativeObservation: [], EditLog: [], User: [], Account: [], AuditLog: [] };
  return { format: "weekly-tracker-dump", version: 1, exportedAt: EXPORTED_AT, tables: { ...empty, ...rest, ...tables } };
}

const report = (id: number, department: string): DumpRow => ({ id, department, week: "2024-W47", title: `周报 ${id}` });
const initiative = (id: number, department: string, groupId: number): DumpRow => ({ id, department, name: `项目 ${id}`, groupId });
const group = (id: number, name: string): DumpRow => ({ id, name, sortOrder: id });

describe("upgradeDumpV1", () => {
  it("makes a department of each name in name order, splits shared groups and moves every row into its department", () => {
    const editLog = [{ id: 1, entity: "initiative", entityId: 11, field: "progress", actor: "pm", createdAt: EXPORTED_AT }];
    const upgraded = upgradeDumpV1(
      v1({
        Group: [group(1, "O1 业务服务"), group(2, "贝易转"), group(3, "空分组")],
        Report: [report(1, "风控平台部"), report(2, "支付部"), report(3, "")],
        Initiative: [initiative(10, "风控平台部", 1), initiative(11, "支付部", 1), initiative(12, "支付部", 2), initiative(13, "", 1)],
        InitiativeAlias: [
          { id: 1, initiativeId: 10, department: "风控平台部", name: "风控", key: "风控" },
          { id: 2, initiativeId: 13, department: "", name: "默认", key: "默认" },
        ],
        EditLog: editLog,
      }),
    );
    expect(upgraded).toMatchObject({ format: "weekly-tracker-dump", version: 2, exportedAt: EXPORTED_AT });
    // by code point: 支 U+652F < 风 U+98CE < 默 U+9ED8
    expect(upgraded.tables.Department).toEqual([
      { id: 1, name: "支付部", createdAt: EXPORTED_AT },
      { id: 2, name: "风控平台部", createdAt: EXPORTED_AT },
      { id: 3, name: "默认部门", createdAt: EXPORTED_AT },
    ]);
    expect(upgraded.tables.Membership).toEqual([]);
    expect(upgraded.tables.Group).toEqual([
      // used by departments 1, 2 and 3: kept in 1, copied into 2 and 3 after the largest id
      { id: 1, departmentId: 1, name: "O1 业务服务", sortOrder: 1 },
      { id: 2, departmentId: 1, name: "贝易转", sortOrder: 2 },
      // used by nobody: the first department
      { id: 3, departmentId: 1, name: "空分组", sortOrder: 3 },
      { id: 4, departmentId: 2, name: "O1 业务服务", sortOrder: 1 },
      { id: 5, departmentId: 3, name: "O1 业务服务", sortOrder: 1 },
    ]);
    expect(upgraded.tables.Report).toEqual([
      { id: 1, departmentId: 2, week: "2024-W47", title: "周报 1" },
      { id: 2, departmentId: 1, week: "2024-W47", title: "周报 2" },
      { id: 3, departmentId: 3, week: "2024-W47", title: "周报 3" },
    ]);
    expect(upgraded.tables.Initiative).toEqual([
      { id: 10, departmentId: 2, name: "项目 10", groupId: 4 },
      { id: 11, departmentId: 1, name: "项目 11", groupId: 1 },
      { id: 12, departmentId: 1, name: "项目 12", groupId: 2 },
      { id: 13, departmentId: 3, name: "项目 13", groupId: 5 },
    ]);
    expect(upgraded.tables.InitiativeAlias).toEqual([
      { id: 1, initiativeId: 10, departmentId: 2, name: "风控", key: "风控" },
      { id: 2, initiativeId: 13, departmentId: 3, name: "默认", key: "默认" },
    ]);
    expect(upgraded.tables.EditLog).toEqual(editLog);
  });

  it("puts groups of a database without reports into 默认部门, and makes no department for an empty one", () => {
    const upgraded = upgradeDumpV1(v1({ Group: [group(1, "O1 业务服务")] }));
    expect(upgraded.tables.Department).toEqual([{ id: 1, name: "默认部门", createdAt: EXPORTED_AT }]);
    expect(upgraded.tables.Group).toEqual([{ id: 1, departmentId: 1, name: "O1 业务服务", sortOrder: 1 }]);
    expect(upgradeDumpV1(v1({})).tables.Department).toEqual([]);
  });
});
