// Reading a report runs the whole extractor: one user may ask for IMPORTS_PER_MINUTE
// previews and imports a minute, then gets 429 with a Chinese message; others are not affected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { createCaller } from "./root";
import { IMPORTS_PER_MINUTE } from "./trpc";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

describe("previews and imports per user", () => {
  it("are limited per minute, each user on their own count", async () => {
    const departmentId = await testDepartmentId(temp.db);
    const busy = createCaller({
      db: temp.db,
      user: await createTestUser(temp.db, { id: "busy", name: "忙碌" }, { [departmentId]: "editor" }),
    });
    const other = createCaller({
      db: temp.db,
      user: await createTestUser(temp.db, { id: "other", name: "别人" }, { [departmentId]: "editor" }),
    });
    const text = "# 2024-W47\n\nCreated: 2024年11月23日\n\n1. 网关：12/5上线\n";
    for (let i = 0; i < IMPORTS_PER_MINUTE; i++) await busy.importer.preview({ departmentId, text });
    await expect(busy.importer.preview({ departmentId, text })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "操作过于频繁，请稍后再试",
    });
    await expect(busy.importer.commit({ departmentId, text })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await temp.db.report.count()).toBe(0);
    await expect(other.importer.preview({ departmentId, text })).resolves.toMatchObject({ week: "2024-W47" });
  });
});
