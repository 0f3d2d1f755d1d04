// Issue #13 item 4: 移到分组… in the review. The initiative (known or new)
// ends in the group the PM chose, the move is in the edit log, later reports
// keep it there, and 撤销本次导入 puts the earlier group back. Real database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { exportData } from "../../db/export-data";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import type { ReviewDecisions } from "../types";
import { undoImport } from "../undo/undo-operations";
import { entryKeys } from "./change-id";
import { commitImport } from "./commit-import";
import { previewImport } from "./preview-import";

const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created} 10:00\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n\n## 【O2 数据平台】\n\n1. 数仓治理：进度10%\n`;
const w46 = report("2024-W46", "2024年11月15日", "长沙佣金存管：进度10%，支付11/28上线");
const w47 = report("2024-W47", "2024年11月22日", "长沙佣金存管：进度30%，支付12/06投产", "核心系统迁移：进度20%，12月10日切流");
const w48 = report("2024-W48", "2024年11月29日", "长沙佣金存管：进度40%", "核心系统迁移：进度25%");

let temp: TempDatabase;
let db: Db;
let departmentId: number;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  await commitImport(db, w46, { departmentId, actor: "pm" });
});
afterEach(async () => temp.dispose());

async function groupOf(name: string) {
  const i = await db.initiative.findFirstOrThrow({ where: { name }, include: { group: true } });
  return i.group.name;
}
async function groupEdits() {
  const rows = await db.editLog.findMany({ where: { field: "group" }, orderBy: { id: "asc" } });
  return rows.map((r) => `${r.entityId}:${r.oldValue}→${r.newValue} ${r.actor}`);
}
async function snapshot() {
  const { tables } = await exportData(db);
  const { AuditLog: _audit, ...tracked } = tables;
  return tracked;
}
/** The decisions moving the entries of `week` named `names` to `group`, keyed by entry (not position). */
async function moving(text: string, group: string, ...names: string[]): Promise<ReviewDecisions> {
  const preview = await previewImport(db, text, { departments: departmentId });
  const keys = entryKeys(preview.extraction.entries);
  const entries: NonNullable<ReviewDecisions["entries"]> = {};
  preview.extraction.entries.forEach((e, k) => {
    if (names.includes(e.initiative)) entries[keys[k]!] = { group };
  });
  expect(Object.keys(entries)).toHaveLength(names.length);
  return { entries };
}

describe("moving an initiative to another group in the review", () => {
  it("shows the chosen group in the preview and commits a known and a new initiative into it, logged", async () => {
    const known = await db.initiative.findFirstOrThrow({ where: { name: "长沙佣金存管" } });
    const decisions = await moving(w47, "O2 数据平台", "长沙佣金存管", "核心系统迁移");
    const preview = await previewImport(db, w47, { departments: departmentId, decisions });
    const groups = new Map(preview.changes.filter((c) => c.entry !== null).map((c) => [c.initiativeName, c.group]));
    expect(groups.get("长沙佣金存管")).toBe("O2 数据平台");
    expect(groups.get("核心系统迁移")).toBe("O2 数据平台");
    // a known initiative stays itself (no new initiative for it)
    expect(preview.changes.filter((c) => c.kind === "new_initiative").map((c) => c.initiativeName)).toEqual(["核心系统迁移"]);

    await commitImport(db, w47, { departmentId, actor: "pm", decisions });
    expect(await groupOf("长沙佣金存管")).toBe("O2 数据平台");
    expect(await groupOf("核心系统迁移")).toBe("O2 数据平台");
    const created = await db.initiative.findFirstOrThrow({ where: { name: "核心系统迁移" } });
    expect(await groupEdits()).toEqual([`${known.id}:O1 业务服务→O2 数据平台 pm`, `${created.id}:O1 业务服务→O2 数据平台 pm`]);

    // a later report that still names the old group finds the initiative and leaves it where the PM put it
    await commitImport(db, w48, { departmentId, actor: "pm" });
    expect(await groupOf("长沙佣金存管")).toBe("O2 数据平台");
    expect(await db.initiative.count({ where: { name: "长沙佣金存管" } })).toBe(1);
    expect(await groupEdits()).toHaveLength(2);
  });

  it("撤销本次导入 puts the earlier group back, the edit log included", async () => {
    const before = await snapshot();
    const decisions = await moving(w47, "O3 新分组", "长沙佣金存管");
    const { reportId } = await commitImport(db, w47, { departmentId, actor: "pm", decisions });
    expect(await groupOf("长沙佣金存管")).toBe("O3 新分组");
    expect(await groupEdits()).toHaveLength(1);
    await undoImport(db, departmentId, reportId);
    expect(await groupOf("长沙佣金存管")).toBe("O1 业务服务");
    expect(await groupEdits()).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("a move to the group the initiative is in changes and logs nothing", async () => {
    const decisions = await moving(w47, "O1 业务服务", "长沙佣金存管");
    await commitImport(db, w47, { departmentId, actor: "pm", decisions });
    expect(await groupOf("长沙佣金存管")).toBe("O1 业务服务");
    expect(await groupEdits()).toEqual([]);
  });
});
