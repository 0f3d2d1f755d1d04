// Decisions that last: a corrected version of an imported week keeps the
// review decisions made on the earlier version where they still apply.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import { commitImport } from "./commit-import";
import { previewImport } from "./preview-import";

const report = (...items: string[]) =>
  `# 2024-W46\n\nCreated: 2024年11月16日 10:00\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;
const v1 = report("长沙佣金存管：进度10%，支付11/28上线，业务上线12/5", "实时数仓：12/20提测");

let temp: TempDatabase;
let db: Db;
let departmentId: number;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
});
afterEach(async () => temp.dispose());

async function milestones() {
  return (await db.milestone.findMany({ select: { title: true, date: true }, orderBy: { title: "asc" } })).map(
    (m) => `${m.title} ${m.date}`,
  );
}

describe("a corrected version of a week", () => {
  it("keeps a rejection and a fixed date, and lists the decisions it no longer has a place for", async () => {
    const first = await previewImport(db, v1, { departments: departmentId });
    const pay = first.changes.find((c) => c.kind === "new_milestone" && c.title.startsWith("支付"))!;
    const test = first.changes.find((c) => c.kind === "new_milestone" && c.title.includes("提测"))!;
    const decisions = { rejected: [test.id], milestoneFixes: { [pay.decisionKey]: { date: "2024-11-29" } } };
    await commitImport(db, v1, { departmentId, actor: "pm", decisions });
    expect(await milestones()).toEqual(["业务上线 2024-12-05", "支付上线 2024-11-29"]);

    // an entry added above, a progress corrected: the decisions are about things still in the report
    const v2 = report("新项目：12/30上线", "长沙佣金存管：进度15%，支付11/28上线，业务上线12/5", "实时数仓：12/20提测");
    const preview = await previewImport(db, v2, { departments: departmentId });
    expect(preview.decisions).toEqual(decisions);
    expect(preview.lostDecisions).toEqual([]);
    // the fix holds: the text's 11/28 is no change to propose
    expect(preview.changes.some((c) => c.kind === "date_change")).toBe(false);
    expect((await previewImport(db, v2, { departments: departmentId, decisions: {} })).changes.map((c) => c.kind)).toContain("date_change");
    await commitImport(db, v2, { departmentId, actor: "pm" });
    expect(await milestones()).toEqual(["上线 2024-12-30", "业务上线 2024-12-05", "支付上线 2024-11-29"]);

    // 实时数仓's line gone: its rejection no longer applies, and the review says so
    const v3 = report("长沙佣金存管：进度15%，支付11/28上线，业务上线12/5");
    const third = await previewImport(db, v3, { departments: departmentId });
    expect(third.decisions).toEqual({ milestoneFixes: decisions.milestoneFixes });
    expect(third.lostDecisions).toEqual([{ kind: "rejected", key: test.id, label: "实时数仓 · 提测" }]);
  });

  it("lets the PM drop an earlier decision: decisions given replace the earlier ones", async () => {
    const first = await previewImport(db, v1, { departments: departmentId });
    const test = first.changes.find((c) => c.kind === "new_milestone" && c.title.includes("提测"))!;
    await commitImport(db, v1, { departmentId, actor: "pm", decisions: { rejected: [test.id] } });
    const v2 = v1.replace("进度10%", "进度20%");
    const preview = await previewImport(db, v2, { departments: departmentId, decisions: {} });
    expect(preview.decisions).toEqual({});
    await commitImport(db, v2, { departmentId, actor: "pm", decisions: {} });
    expect(await milestones()).toContain("提测 2024-12-20");
  });

  it("renames a known initiative through the review: the chart's name changes, the old one stays an alias", async () => {
    await commitImport(db, v1, { departmentId, actor: "pm" });
    const v2 = v1.replace("进度10%", "进度20%");
    const { entryKeys } = await previewImport(db, v2, { departments: departmentId });
    await commitImport(db, v2, { departmentId, actor: "pm", decisions: { entries: { [entryKeys[0]!]: { name: "佣金存管平台" } } } });
    const renamed = await db.initiative.findFirstOrThrow({ where: { name: "佣金存管平台" }, include: { aliases: true } });
    expect(renamed.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(["长沙佣金存管", "佣金存管平台"]));
    expect(await db.initiative.count({ where: { name: "长沙佣金存管" } })).toBe(0);
  });
});
