// A report of 10,000 initiatives imports in one transaction (SQLite here,
// PostgreSQL in test:pg): every list of ids the import queries by is chunked
// below the databases' parameter limits (it once failed with P2029 at ~1,000).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import { commitImport } from "./commit-import";

const ITEMS = 10_000;

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(async () => temp.dispose());

const report = (week: string, created: string, line: (i: number) => string) =>
  `# ${week}\n\nCreated: ${created} 10:00\n\n## 【O1 业务服务】\n\n${Array.from({ length: ITEMS }, (_, i) => `${i + 1}. 项目${i}：${line(i)}`).join("\n")}\n`;

describe("a report of 10,000 initiatives", () => {
  it("imports whole, and the next week's version of all of them too", { timeout: 600_000 }, async () => {
    const departmentId = await testDepartmentId(temp.db);
    const first = await commitImport(
      temp.db,
      report("2024-W47", "2024年11月23日", (i) => `进度${i % 100}%，12/${1 + (i % 28)}上线`),
      {
        departmentId,
        actor: "t",
      },
    );
    expect(first.counts).toMatchObject({ new_initiative: ITEMS, new_milestone: ITEMS });
    // every initiative again, each done with work that names no date (what a later report completes)
    const second = await commitImport(
      temp.db,
      report("2024-W48", "2024年11月30日", (i) => `进度${(i % 100) + 1}%，已完成联调，12/${1 + (i % 28)}上线`),
      {
        departmentId,
        actor: "t",
      },
    );
    expect(second.mode).toBe("new");
    expect(await temp.db.initiative.count()).toBe(ITEMS);
    expect(await temp.db.milestone.count({ where: { initiative: { departmentId } } })).toBeGreaterThanOrEqual(ITEMS);
    expect(await temp.db.initiativeObservation.count()).toBe(2 * ITEMS);
  });
});
