// 撤销本次导入 and 撤销合并 put the department back exactly as it was: the
// export (every tracked table, ids, versions and timestamps) before the
// operation equals the export after its undo, the edit log included (the
// operation's own entries go with it). The audit log is left out: the router
// logs the undo there.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { exportData } from "../../db/export-data";
import { sampleReports } from "../../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import { editMilestone } from "../edit/edit-milestone";
import { mergeInitiatives } from "../edit/merge-initiatives";
import { commitImport } from "../import/commit-import";
import { TrackingError } from "../tracking-error";
import { undoAvailability, undoImport, undoMerge } from "./undo-operations";

const TODAY = "2024-12-14";
const samples = sampleReports().map(([, text]) => text);
let temp: TempDatabase;
let db: Db;
let departmentId: number;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
});
afterEach(async () => temp.dispose());

async function snapshot() {
  const { tables } = await exportData(db);
  const { AuditLog: _audit, ...tracked } = tables;
  return tracked;
}
const importText = (text: string, decisions?: Parameters<typeof commitImport>[2]["decisions"]) =>
  commitImport(db, text, { departmentId, actor: "导入人", decisions });

describe("undo an import", () => {
  it("leaves the database equal to before a new week's import, manual edits of earlier weeks included", async () => {
    await importText(samples[0]!);
    await importText(samples[1]!);
    const m = await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
    await editMilestone(db, { id: m.id, expectedVersion: m.version, date: "2024-12-31", reason: "排期", actor: "pm", today: TODAY });
    const before = await snapshot();
    const { reportId } = await importText(samples[2]!);
    expect(await snapshot()).not.toEqual(before);
    expect(await undoAvailability(db, departmentId, { kind: "import", reportId })).toMatchObject({ recorded: true, latest: true });
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(before);
    expect(await undoAvailability(db, departmentId, { kind: "import", reportId })).toMatchObject({ recorded: false });
  });

  it("brings back the earlier version of a week a corrected version replaced", async () => {
    await importText(samples[0]!);
    const { reportId } = await importText(samples[1]!);
    const before = await snapshot();
    const corrected = samples[1]!.replace(/(\d+)月(\d+)日上线/, "12月30日上线");
    expect(corrected).not.toBe(samples[1]);
    expect((await importText(corrected)).mode).toBe("replace");
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(before);
  });

  it("undoes the newest first; an older import with later writes on top is refused and changes nothing", async () => {
    const empty = await snapshot();
    const first = await importText(samples[0]!);
    const afterFirst = await snapshot();
    const second = await importText(samples[1]!);
    const afterSecond = await snapshot();
    expect(await undoAvailability(db, departmentId, { kind: "import", reportId: first.reportId })).toMatchObject({ latest: false });
    await expect(undoImport(db, departmentId, first.reportId)).rejects.toThrow(TrackingError);
    expect(await snapshot()).toEqual(afterSecond);
    await undoImport(db, departmentId, second.reportId);
    expect(await snapshot()).toEqual(afterFirst);
    await undoImport(db, departmentId, first.reportId);
    expect(await snapshot()).toEqual(empty);
  });

  it("refuses an import of another department", async () => {
    const { reportId } = await importText(samples[0]!);
    const other = await db.department.create({ data: { name: "其他部门" } });
    await expect(undoImport(db, other.id, reportId)).rejects.toThrow("没有可撤销的导入");
  });
});

describe("undo a merge", () => {
  it("leaves the database equal to before the merge: both initiatives, their milestones, reports and names", async () => {
    for (const text of samples.slice(0, 3)) await importText(text);
    const [source, target] = await db.initiative.findMany({
      where: { departmentId, milestones: { some: {} } },
      orderBy: { id: "asc" },
      take: 2,
    });
    const before = await snapshot();
    await mergeInitiatives(db, { sourceId: source!.id, targetId: target!.id, actor: "pm", today: TODAY });
    expect(await db.initiative.findUnique({ where: { id: source!.id } })).toBeNull();
    await undoMerge(db, departmentId, target!.id);
    expect(await snapshot()).toEqual(before);
  });

  it("is refused once a later import builds on the merge", async () => {
    for (const text of samples.slice(0, 2)) await importText(text);
    const [source, target] = await db.initiative.findMany({ where: { departmentId }, orderBy: { id: "asc" }, take: 2 });
    await mergeInitiatives(db, { sourceId: source!.id, targetId: target!.id, actor: "pm", today: TODAY });
    await importText(samples[2]!);
    await expect(undoMerge(db, departmentId, target!.id)).rejects.toThrow("只能从最近的一次起依次撤销");
  });
});
