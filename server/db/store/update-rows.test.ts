// updateRowsById writes many rows in one statement on SQLite and PostgreSQL
// alike (test:pg runs this file too): the values, types, nulls, version and
// updatedAt read back through the client as if the client had written them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { updateRowsById } from "./update-rows";
import { testDepartmentId } from "../../testing/test-department";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

describe("updateRowsById", () => {
  it("sets each row's own values, bumps version and updatedAt, and leaves other rows alone", async () => {
    const { db } = temp;
    const departmentId = await testDepartmentId(db);
    const group = await db.group.create({ data: { departmentId, name: "贝易转" } });
    const make = (name: string) =>
      db.initiative.create({
        data: { departmentId, name, groupId: group.id, progress: 10, startDate: "2024-11-01", lastSeenWeek: "2024-W45" },
      });
    const [a, b, c] = [await make("甲"), await make("乙"), await make("丙")];
    await new Promise((r) => setTimeout(r, 5));

    await updateRowsById(db, "Initiative", { name: "TEXT", progress: "DOUBLE PRECISION", lastSeenWeek: "TEXT" }, [
      { id: a.id, name: '甲\'; DROP TABLE "Initiative"; --', progress: 62.5, lastSeenWeek: "2024-W47" },
      { id: b.id, name: "乙", progress: null, lastSeenWeek: null },
    ]);

    const after = await db.initiative.findMany({ orderBy: { id: "asc" } });
    expect(after.map((i) => [i.name, i.progress, i.lastSeenWeek, i.version])).toEqual([
      ['甲\'; DROP TABLE "Initiative"; --', 62.5, "2024-W47", 2],
      ["乙", null, null, 2],
      ["丙", 10, "2024-W45", 1],
    ]);
    expect(after[0]!.updatedAt).toBeInstanceOf(Date);
    expect(after[0]!.updatedAt.getTime()).toBeGreaterThan(a.updatedAt.getTime());
    expect(after[2]!.updatedAt.getTime()).toBe(c.updatedAt.getTime());
  });

  it("writes integers as integers and handles more rows than one statement takes", async () => {
    const { db } = temp;
    const initiative = await db.initiative.findFirstOrThrow();
    const rows = Array.from({ length: 1201 }, (_, k) => ({
      initiativeId: initiative.id,
      key: `k${k}`,
      title: `里程碑${k}`,
      date: "2024-12-01",
      rangeStart: "2024-12-01",
      precision: "day",
      state: "planned",
      baselineDate: "2024-12-01",
      baselineStart: "2024-12-01",
    }));
    await db.milestone.createMany({ data: rows });
    const ids = (await db.milestone.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((m) => m.id);
    await updateRowsById(
      db,
      "Milestone",
      { timesMoved: "INTEGER", date: "TEXT" },
      ids.map((id, k) => ({ id, timesMoved: k % 7, date: `2024-12-${String(1 + (k % 28)).padStart(2, "0")}` })),
    );
    const after = await db.milestone.findMany({ orderBy: { id: "asc" } });
    expect(after.map((m) => m.timesMoved)).toEqual(ids.map((_, k) => k % 7));
    expect(after.map((m) => m.date)).toEqual(ids.map((_, k) => `2024-12-${String(1 + (k % 28)).padStart(2, "0")}`));
    expect(after.every((m) => Number.isInteger(m.timesMoved) && m.version === 2)).toBe(true);
  });

  it("does nothing for no rows", async () => {
    await expect(updateRowsById(temp.db, "Milestone", { date: "TEXT" }, [])).resolves.toBeUndefined();
  });
});
