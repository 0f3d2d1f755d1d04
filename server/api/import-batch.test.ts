// The import page's batch procedures on a real database: a few reports a call,
// a refused file answered on its own while the others go in, roles checked for
// every file before anything is written, and a re-run that finds every week imported.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { weeklySeries } from "../testing/weekly-series";
import { createCaller } from "./root";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

describe("importer.previewBatch / importer.commitBatch", () => {
  it("previews and commits several reports per call, answering for a bad one without stopping", async () => {
    const departmentId = await testDepartmentId(temp.db);
    const other = (await temp.db.department.create({ data: { name: "别的部门" } })).id;
    const caller = createCaller({
      db: temp.db,
      user: await createTestUser(temp.db, { id: "editor", name: "编辑" }, { [departmentId]: "editor", [other]: "viewer" }),
    });
    const [w1, w2, w3] = weeklySeries().map((r) => ({ text: r.text, fileName: r.fileName }));
    const files = [w3!, { text: "没有日期，也没有条目", fileName: "坏文件.md" }, w1!, w2!];

    const previews = await caller.importer.previewBatch({ files });
    expect(previews).toEqual([
      expect.objectContaining({
        ok: true,
        week: "2024-W03",
        departmentId,
        mode: "new",
        counts: expect.objectContaining({ new_initiative: 3 }),
      }),
      { ok: false, message: expect.any(String) },
      expect.objectContaining({ ok: true, week: "2024-W01", reportDate: "2024-01-06" }),
      expect.objectContaining({ ok: true, week: "2024-W02" }),
    ]);
    expect(await temp.db.report.count()).toBe(0);

    // a file for a department the user only reads: refused before anything is written
    await expect(
      caller.importer.commitBatch({
        files: [
          { ...w1!, departmentId },
          { ...w2!, departmentId: other },
        ],
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await temp.db.report.count()).toBe(0);

    const bad = { text: "没有日期，也没有条目", fileName: "坏文件.md", departmentId };
    const commits = await caller.importer.commitBatch({ files: [{ ...w1!, departmentId }, bad, { ...w2!, departmentId }] });
    expect(commits).toEqual([
      expect.objectContaining({ ok: true, week: "2024-W01", mode: "new" }),
      { ok: false, message: expect.any(String) },
      expect.objectContaining({ ok: true, week: "2024-W02", mode: "new" }),
    ]);
    expect(await temp.db.report.count()).toBe(2);
    expect(await temp.db.auditLog.count({ where: { action: "import.commit" } })).toBe(2);

    const again = await caller.importer.previewBatch({ files: [w1!, w2!] });
    expect(again.map((p) => p.ok && p.mode)).toEqual(["same", "same"]);
  });

  it("refuses more than ten files a call", async () => {
    const caller = createCaller({ db: temp.db, user: await createTestUser(temp.db, { id: "many", name: "多" }) });
    const files = weeklySeries()
      .slice(0, 11)
      .map((r) => ({ text: r.text, fileName: r.fileName }));
    await expect(caller.importer.previewBatch({ files })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
