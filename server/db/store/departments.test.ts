// readDepartmentAccess on SQLite and PostgreSQL alike (test:pg runs this file too): every
// department by name, with this user's role where they hold one and null elsewhere, whatever
// roles other users hold in the same departments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { findOrCreateDepartment, readDepartmentAccess } from "./departments";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

describe("readDepartmentAccess", () => {
  it("lists every department by name with the user's own role or null", async () => {
    const { db } = temp;
    const [zhifu, anquan, yunwei] = [
      await findOrCreateDepartment(db, "支付部"),
      await findOrCreateDepartment(db, "安全部"),
      await findOrCreateDepartment(db, "运维部"),
    ];
    for (const id of ["li", "wang"]) await db.user.create({ data: { id, name: id, email: `${id}@example.invalid` } });
    await db.membership.create({ data: { userId: "li", departmentId: zhifu.id, role: "editor" } });
    await db.membership.create({ data: { userId: "li", departmentId: yunwei.id, role: "viewer" } });
    await db.membership.create({ data: { userId: "wang", departmentId: zhifu.id, role: "admin" } });
    await db.membership.create({ data: { userId: "wang", departmentId: anquan.id, role: "admin" } });

    const names = (await db.department.findMany({ orderBy: { name: "asc" }, select: { name: true } })).map((d) => d.name);
    const access = await readDepartmentAccess(db, "li");
    expect(access.map((d) => d.name)).toEqual(names);
    expect(Object.fromEntries(access.map((d) => [d.name, [d.id, d.role]]))).toMatchObject({
      支付部: [zhifu.id, "editor"],
      安全部: [anquan.id, null],
      运维部: [yunwei.id, "viewer"],
    });
    expect((await readDepartmentAccess(db, "nobody")).every((d) => d.role === null)).toBe(true);
  });
});
