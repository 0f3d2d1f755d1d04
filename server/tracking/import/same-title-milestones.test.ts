// A real report whose upstream baseline table gives three milestones one title
// (完成, one per package row), then the team's next report with one of those
// rows and two release-plan phases moved: each milestone pairs with the one of
// its own row, on a real database (SQLite here, PostgreSQL in test:pg).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { OERV_DATE_1, OERV_DATE_2, oervWeek1, oervWeek2 } from "../../testing/oerv-biweekly";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import type { Change } from "../types";
import { commitImport } from "./commit-import";
import { previewImport } from "./preview-import";

let temp: TempDatabase;
let db: Db;
let departmentId: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  await commitImport(db, oervWeek1(), { departmentId, actor: "PM", referenceDate: OERV_DATE_1 });
});
afterAll(async () => temp.dispose());

const LTS = "22.03:LTS发版相关";
/** The milestones of the initiative, each with the package row (or plan row) it was read from. */
async function milestonesByRow() {
  const rows = await db.milestone.findMany({
    where: { initiative: { departmentId, name: LTS } },
    include: { observations: { orderBy: { id: "asc" } } },
    orderBy: { id: "asc" },
  });
  return rows.map((m) => ({
    row: m.observations.map((o) => o.text!.split("|")[1]!.trim()),
    title: m.title,
    date: m.date,
    state: m.state,
  }));
}

function summary(c: Change): string {
  if (c.kind === "date_change") return `date_change ${c.title} ${c.oldDate}→${c.newDate}`;
  if (c.kind === "state_change") return `state_change ${c.title} ${c.oldState}→${c.newState}`;
  if (c.kind === "new_milestone") return `new_milestone ${c.title} ${c.date}`;
  return `${c.kind} ${c.initiativeName}`;
}

describe("milestones that share a title", () => {
  it("are stored one per row of the first report", async () => {
    const rows = await milestonesByRow();
    expect(rows.filter((m) => m.title === "完成")).toEqual([
      { row: ["kernel"], title: "完成", date: "2021-11-30", state: "done" },
      { row: ["gcc"], title: "完成", date: "2022-06-30", state: "planned" },
      { row: ["glibc"], title: "完成", date: "2021-08-01", state: "done" },
    ]);
  });

  it("pair with the milestone of their own row in the next report: only the moved row changes", async () => {
    const set = await previewImport(db, oervWeek2(), { departments: departmentId, referenceDate: OERV_DATE_2 });
    expect(set.changes.filter((c) => c.initiativeName === LTS).map(summary)).toEqual([
      "date_change 完成 2021-11-30→2021-12-10",
      "date_change 发版需求 2021-12-30→2021-12-15",
      "state_change 发版需求 planned→done",
      "date_change 以功能支持+fix问题包的主要开发阶段 2021-12-30→2022-01-10",
      "date_change Alpha自验证 2022-02-11→2022-02-18",
    ]);
  });

  it("keep each row's history apart once the next report is imported", async () => {
    await commitImport(db, oervWeek2(), { departmentId, actor: "PM", referenceDate: OERV_DATE_2 });
    const rows = await milestonesByRow();
    expect(rows.filter((m) => m.title === "完成")).toEqual([
      { row: ["kernel", "kernel"], title: "完成", date: "2021-12-10", state: "done" },
      { row: ["gcc", "gcc"], title: "完成", date: "2022-06-30", state: "planned" },
      { row: ["glibc", "glibc"], title: "完成", date: "2021-08-01", state: "done" },
    ]);
    expect(rows).toHaveLength(9);
  });
});
