// Departments on a real database (SQLite here, PostgreSQL in test:pg): names are
// unique however many requests ask at once, and a rename is a tracked write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateDepartment } from "../db/store/departments";
import { readRevision } from "../db/tracking-revision";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { addDepartment, renameDepartment } from "./departments";
import { TrackingError } from "./tracking-error";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

describe("departments", () => {
  it("gives every caller asking for one name at once the same department", async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => findOrCreateDepartment(temp.db, "并发部门")));
    expect(new Set(made.map((d) => d.id)).size).toBe(1);
    expect(await temp.db.department.count({ where: { name: "并发部门" } })).toBe(1);
  });

  it("refuses a second department of a name, an empty name and a too long one, with Chinese messages", async () => {
    await addDepartment(temp.db, "风控平台部");
    await expect(addDepartment(temp.db, " 风控平台部 ")).rejects.toMatchObject({ code: "conflict", message: "已有名为“风控平台部”的部门" });
    await expect(addDepartment(temp.db, "  ")).rejects.toBeInstanceOf(TrackingError);
    await expect(addDepartment(temp.db, "部".repeat(61))).rejects.toMatchObject({ code: "invalid" });
  });

  it("renames as a tracked write (the timeline shows the name), refusing a name in use and changing nothing for the same name", async () => {
    const a = await addDepartment(temp.db, "支付产品部");
    const before = await readRevision(temp.db);
    expect(await renameDepartment(temp.db, a.id, "支付产品中心")).toEqual({ old: "支付产品部", new: "支付产品中心" });
    expect(await readRevision(temp.db)).toBe(before + 1);
    await renameDepartment(temp.db, a.id, "支付产品中心");
    expect(await readRevision(temp.db)).toBe(before + 1);
    await expect(renameDepartment(temp.db, a.id, "风控平台部")).rejects.toMatchObject({ code: "conflict" });
    await expect(renameDepartment(temp.db, 99_999, "新名字")).rejects.toMatchObject({ code: "not_found" });
  });
});
