// Reconciliation beyond the happy path: aliases from merges and renames, a
// manual edit against a later report, a corrected week, and a failed commit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { wrapTransactions } from "../../testing/wrap-transactions";
import { commitImport } from "../import/commit-import";
import { editMilestone } from "./edit-milestone";
import { editInitiative } from "./edit-initiative";
import { getInitiativeDetail } from "../read/get-initiative-detail";
import { getTimeline } from "../read/get-timeline";
import { mergeInitiatives } from "./merge-initiatives";
import { previewImport } from "../import/preview-import";
import { testDepartmentId } from "../../testing/test-department";

const TODAY = "2024-11-20";
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;

let temp: TempDatabase;
let db: Db;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
});
afterEach(async () => temp.dispose());

async function initiatives() {
  return (await getTimeline(db, { today: TODAY })).groups.flatMap((g) => g.initiatives);
}
async function byName(name: string) {
  const found = (await initiatives()).find((i) => i.name === name);
  if (!found) throw new Error(`no initiative ${name}`);
  return found;
}

describe("merge and rename", () => {
  it("lands later reports that use either name on the merged initiative", async () => {
    await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "装修存管：开发中，进度40%，预计12/05上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    await commitImport(db, report("2024-W46", "2024年11月16日 10:00", "贝易转存管装修：进度60%，预计12/08上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    expect((await initiatives()).map((i) => i.name).sort()).toEqual(["装修存管", "贝易转存管装修"]);

    const source = await byName("贝易转存管装修");
    const target = await byName("装修存管");
    const merged = await mergeInitiatives(db, { sourceId: source.id, targetId: target.id, actor: "pm", today: TODAY });
    expect(merged.aliases).toContain("贝易转存管装修");
    expect(merged.milestones).toHaveLength(1);
    expect(merged.milestones[0]).toMatchObject({ baselineDate: "2024-12-05", date: "2024-12-08", slipDays: 3 });

    await commitImport(db, report("2024-W47", "2024年11月23日 10:00", "贝易转存管装修：进度70%，预计12/10上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    const after = await initiatives();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ name: "装修存管", progress: 70 });
    const detail = await getInitiativeDetail(db, after[0]!.id, { today: TODAY });
    expect(detail.progressHistory.map((p) => p.progress)).toEqual([40, 60, 70]);
  });

  it("keeps the old name as an alias after a rename", async () => {
    await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "云闪付广州：预计11/28上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    const i = await byName("云闪付广州");
    await editInitiative(db, {
      id: i.id,
      expectedVersion: i.version,
      name: "云闪付（广州）",
      reason: "统一命名",
      actor: "pm",
      today: TODAY,
    });
    await commitImport(db, report("2024-W46", "2024年11月16日 10:00", "云闪付广州：预计11/30上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    const [only, ...rest] = await initiatives();
    expect(rest).toHaveLength(0);
    expect(only).toMatchObject({ name: "云闪付（广州）" });
    expect(only?.milestones[0]).toMatchObject({ date: "2024-11-30", baselineDate: "2024-11-28" });
    const detail = await getInitiativeDetail(db, only!.id, { today: TODAY });
    expect(detail.edits.map((e) => [e.field, e.oldValue, e.newValue, e.reason])).toEqual([
      ["name", "云闪付广州", "云闪付（广州）", "统一命名"],
    ]);
  });
});

describe("manual edits", () => {
  it("rename a milestone and move it to another initiative, logged with the initiatives' names", async () => {
    await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "装修存管：预计12/05上线。", "云闪付广州：预计11/28上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    const [from, to] = [await byName("装修存管"), await byName("云闪付广州")];
    const milestone = from.milestones[0]!;
    const saved = await editMilestone(db, {
      id: milestone.id,
      expectedVersion: milestone.version,
      title: "装修存管一期上线",
      initiativeId: to.id,
      reason: "归属调整",
      actor: "pm",
      today: TODAY,
    });
    expect(saved.title).toBe("装修存管一期上线");

    expect((await getInitiativeDetail(db, from.id, { today: TODAY })).milestones).toEqual([]);
    const target = await getInitiativeDetail(db, to.id, { today: TODAY });
    expect(target.milestones.map((m) => [m.title, m.date])).toEqual([
      ["上线", "2024-11-28"],
      ["装修存管一期上线", "2024-12-05"],
    ]);
    expect(target.edits.filter((e) => e.entityId === milestone.id).map((e) => [e.field, e.oldValue, e.newValue, e.reason])).toEqual([
      ["title", "上线", "装修存管一期上线", "归属调整"],
      ["initiative", "装修存管", "云闪付广州", "归属调整"],
    ]);
    await expect(
      editMilestone(db, { id: milestone.id, expectedVersion: saved.version, initiativeId: 9999, actor: "pm", today: TODAY }),
    ).rejects.toThrow(/9999/);
  });

  it("stand until a later report states something else, which the review shows as a conflict", async () => {
    await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "长沙佣金存管：预计11/25支付上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    const [m] = (await byName("长沙佣金存管")).milestones;
    const edited = await editMilestone(db, {
      id: m!.id,
      expectedVersion: m!.version,
      date: "2024-11-27",
      reason: "银行排期",
      actor: "pm",
      today: TODAY,
    });
    expect(edited).toMatchObject({ date: "2024-11-27", slipDays: 2 });

    // A stale edit (old version) is refused, not silently lost.
    await expect(
      editMilestone(db, { id: m!.id, expectedVersion: m!.version, date: "2024-11-29", actor: "other", today: TODAY }),
    ).rejects.toThrow(/已被他人修改/);

    const next = report("2024-W46", "2024年11月16日 10:00", "长沙佣金存管：支付11/28上线。");
    const preview = await previewImport(db, next, { departments: await testDepartmentId(db) });
    const change = preview.changes.find((c) => c.kind === "date_change");
    expect(change).toMatchObject({ kind: "date_change", oldDate: "2024-11-27", newDate: "2024-11-28", conflict: true });

    // The PM keeps the manual date over the report's.
    await commitImport(db, next, { departmentId: await testDepartmentId(db), actor: "pm", decisions: { keepManual: [change!.id] } });
    const kept = (await byName("长沙佣金存管")).milestones[0];
    expect(kept).toMatchObject({ date: "2024-11-27", baselineDate: "2024-11-25" });
    const history = (await getInitiativeDetail(db, (await byName("长沙佣金存管")).id, { today: TODAY })).milestones[0]!.history;
    expect(history.map((h) => [h.week, h.actor, h.date])).toEqual([
      ["2024-W45", "report", "2024-11-25"],
      [null, "pm", "2024-11-27"],
      ["2024-W46", "report", "2024-11-28"],
      [null, "pm", "2024-11-27"],
    ]);

    // Without that choice, the next report wins.
    await commitImport(db, report("2024-W47", "2024年11月23日 10:00", "长沙佣金存管：支付12/3上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    expect((await byName("长沙佣金存管")).milestones[0]).toMatchObject({ date: "2024-12-03", slipDays: 8 });
  });
});

describe("corrected week", () => {
  it("replaces what the earlier version of that week contributed", async () => {
    await commitImport(
      db,
      report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。", "资金安全：进度20%，预计11/20完成修复。"),
      { departmentId: await testDepartmentId(db), actor: "t" },
    );
    const corrected = report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/15上线，进度30%。");
    const preview = await previewImport(db, corrected, { departments: await testDepartmentId(db) });
    expect(preview.mode).toBe("replace");
    const result = await commitImport(db, corrected, { departmentId: await testDepartmentId(db), actor: "t" });
    expect(result.mode).toBe("replace");
    const all = await initiatives();
    expect(all.map((i) => i.name)).toEqual(["芝麻免押"]);
    expect(all[0]).toMatchObject({ progress: 30 });
    expect(all[0]?.milestones[0]).toMatchObject({ date: "2024-11-15", baselineDate: "2024-11-15", timesMoved: 0 });
    expect(await db.report.count()).toBe(1);
  });
});

describe("atomic commit", () => {
  it("leaves the database exactly as it was when a write fails midway", async () => {
    await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    const snapshot = await dumpTables(db);
    let writes = 0;
    // Fail the milestone observations' write (one multi-row INSERT), after the report, new initiatives,
    // new milestones and initiative observations were written in the transaction.
    const failing = wrapTransactions(
      db,
      (tx) =>
        new Proxy(tx, {
          get(t, p, r) {
            const f = Reflect.get(t, p, r);
            if (p !== "$executeRaw") return f;
            return (strings: TemplateStringsArray, ...values: unknown[]) => {
              const sql = strings.join("?") + values.map((v) => (v as { sql?: string } | null)?.sql ?? "").join(" ");
              if (sql.startsWith("INSERT INTO") && sql.includes('"MilestoneObservation"') && ++writes === 1)
                throw new Error("injected failure");
              return (f as (...a: unknown[]) => unknown).call(t, strings, ...values);
            };
          },
        }),
    );
    const next = report(
      "2024-W46",
      "2024年11月16日 10:00",
      "芝麻免押：延期至11/21上线。",
      "长沙佣金存管：进度5%，支付11/28上线，业务上线12/5。",
    );
    await expect(commitImport(failing, next, { departmentId: await testDepartmentId(failing), actor: "t" })).rejects.toThrow(
      "injected failure",
    );
    expect(writes).toBe(1);
    expect(await dumpTables(db)).toEqual(snapshot);
  });
});

async function dumpTables(db: Db) {
  return {
    reports: await db.report.findMany({ orderBy: { id: "asc" } }),
    groups: await db.group.findMany({ orderBy: { id: "asc" } }),
    initiatives: await db.initiative.findMany({ orderBy: { id: "asc" } }),
    aliases: await db.initiativeAlias.findMany({ orderBy: { id: "asc" } }),
    milestones: await db.milestone.findMany({ orderBy: { id: "asc" } }),
    mObs: await db.milestoneObservation.findMany({ orderBy: { id: "asc" } }),
    iObs: await db.initiativeObservation.findMany({ orderBy: { id: "asc" } }),
  };
}
