// Issue #13 item 2 in the server's change-set recompute: a milestone added from
// a line, a new milestone mapped onto a known one, each shown in the preview and
// committed; bad corrections are refused and change nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import type { Change, ReviewDecisions } from "../types";
import { commitImport } from "./commit-import";
import { previewImport } from "./preview-import";

const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created} 10:00\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;
const w46 = report("2024-W46", "2024年11月15日", "长沙佣金存管：进度10%，支付11/28上线", "核心系统迁移：进度20%");
const w47 = report("2024-W47", "2024年11月22日", "长沙佣金存管：进度30%，支付12/06投产", "核心系统迁移：进度30%，12月10日切流");
const MIGRATION_LINE = "2. 核心系统迁移：进度30%，12月10日切流";

let temp: TempDatabase;
let db: Db;
let departmentId: number;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  await commitImport(db, w46, { departmentId, actor: "pm" });
});
afterEach(async () => temp.dispose());

const preview = (text: string, decisions?: ReviewDecisions) => previewImport(db, text, { departments: departmentId, decisions });
const milestoneChanges = (changes: Change[]) =>
  changes.filter((c) => c.kind === "new_milestone" || c.kind === "date_change").map((c) => describeChange(c));
function describeChange(c: Change): string {
  if (c.kind === "new_milestone") return `新 ${c.initiativeName}/${c.title} ${c.date} 第${c.source?.line}行`;
  if (c.kind === "date_change") return `改 ${c.initiativeName}/${c.title} ${c.oldDate}→${c.newDate} ${c.reason ?? ""}`;
  return c.kind;
}
async function milestones() {
  const rows = await db.milestone.findMany({ include: { initiative: true }, orderBy: { id: "asc" } });
  return rows.map((m) => `${m.initiative.name}/${m.title} ${m.date} 基线${m.baselineDate} ${m.state}`);
}
const entryKeyOf = async (text: string, name: string) => {
  const cs = await preview(text, {});
  return cs.entryKeys[cs.extraction.entries.findIndex((e) => e.initiative === name)]!;
};

describe("a milestone added from a line", () => {
  it("the extractor alone reads no milestone from the line, and marks it unread", async () => {
    const cs = await preview(w47, {});
    expect(milestoneChanges(cs.changes)).toEqual(["新 长沙佣金存管/支付投产 2024-12-06 第7行"]);
    expect(cs.extraction.unread?.map((u) => u.line)).toEqual([8]);
  });

  it("becomes a new milestone of the entry, its date and subject read from the span, its source that line; committed", async () => {
    const entryKey = await entryKeyOf(w47, "核心系统迁移");
    const decisions = { addedMilestones: [{ entryKey, line: MIGRATION_LINE, span: "12月10日切流", event: "切流" }] };
    const cs = await preview(w47, decisions);
    expect(milestoneChanges(cs.changes)).toContain("新 核心系统迁移/切流 2024-12-10 第8行");
    const added = cs.changes.find((c) => c.kind === "new_milestone" && c.title === "切流")!;
    expect(added).toMatchObject({ canReject: true, canFix: true, state: "planned", source: { line: 8, text: MIGRATION_LINE } });

    // the PM names it and corrects the date through the usual fix: both land
    const fixed = { ...decisions, milestoneFixes: { [added.decisionKey]: { title: "核心系统切流", date: "2024-12-11" } } };
    expect(milestoneChanges((await preview(w47, fixed)).changes)).toContain("新 核心系统迁移/核心系统切流 2024-12-11 第8行");
    const result = await commitImport(db, w47, { departmentId, actor: "pm", decisions: fixed });
    expect(result.counts.new_milestone).toBe(2);
    expect(await milestones()).toContain("核心系统迁移/核心系统切流 2024-12-11 基线2024-12-11 planned");
    const observation = await db.milestoneObservation.findFirstOrThrow({ where: { milestone: { title: "核心系统切流" } } });
    expect(observation).toMatchObject({ line: 8, text: MIGRATION_LINE });
  });

  it("a title, a date and a state given win over what the span says", async () => {
    const entryKey = await entryKeyOf(w47, "核心系统迁移");
    const added = { entryKey, line: MIGRATION_LINE, event: "割接", title: "数据割接", date: "2024-11-20", state: "done" as const };
    const cs = await preview(w47, { addedMilestones: [added] });
    expect(cs.changes.find((c) => c.kind === "new_milestone" && c.title === "数据割接")).toMatchObject({
      date: "2024-11-20",
      state: "done",
      source: { line: 8 },
    });
  });

  it("rejected, it stays listed for the PM but is not committed", async () => {
    const entryKey = await entryKeyOf(w47, "核心系统迁移");
    const decisions: ReviewDecisions = { addedMilestones: [{ entryKey, line: MIGRATION_LINE, span: "12月10日切流", event: "切流" }] };
    const added = (await preview(w47, decisions)).changes.find((c) => c.kind === "new_milestone" && c.title === "切流")!;
    await commitImport(db, w47, { departmentId, actor: "pm", decisions: { ...decisions, rejected: [added.id] } });
    expect((await milestones()).some((m) => m.includes("切流"))).toBe(false);
  });

  it("of a milestone the initiative has, is a date change; it lasts through an edit elsewhere and a corrected version", async () => {
    const entryKey = await entryKeyOf(w47, "核心系统迁移");
    const add = { entryKey, line: MIGRATION_LINE, span: "12月10日切流", event: "切流" };
    await commitImport(db, w47, { departmentId, actor: "pm", decisions: { addedMilestones: [add] } });
    const w48 = report("2024-W48", "2024年11月29日", "长沙佣金存管：进度40%", "核心系统迁移：进度40%，12月17日切流");
    const line = "2. 核心系统迁移：进度40%，12月17日切流";
    const cs = await preview(w48, { addedMilestones: [{ ...add, line, span: "12月17日切流" }] });
    expect(milestoneChanges(cs.changes)).toEqual(["改 核心系统迁移/切流 2024-12-10→2024-12-17 "]);

    // a corrected version of W47 (another line edited) keeps the added milestone; one whose line is gone is listed as lost
    const v2 = w47.replace("进度30%，支付", "进度35%，支付");
    const carried = await preview(v2);
    expect(carried.decisions.addedMilestones).toEqual([add]);
    expect(carried.lostDecisions).toEqual([]);
    const v3 = w47.replace("12月10日切流", "12月12日切流");
    const lost = await preview(v3);
    expect(lost.decisions.addedMilestones).toBeUndefined();
    expect(lost.lostDecisions).toEqual([expect.objectContaining({ kind: "added", label: "核心系统迁移 · 切流" })]);
  });

  it("refuses a span that is not in the line, a span without a date when none is given, an empty event or title", async () => {
    const entryKey = await entryKeyOf(w47, "核心系统迁移");
    const base = { entryKey, line: MIGRATION_LINE, event: "切流" };
    await expect(preview(w47, { addedMilestones: [{ ...base, span: "12月30日上线" }] })).rejects.toThrow("不在该行中");
    await expect(preview(w47, { addedMilestones: [{ ...base, span: "核心系统迁移" }] })).rejects.toThrow("没有读到日期");
    await expect(preview(w47, { addedMilestones: [{ ...base, event: " " }] })).rejects.toThrow("请选择或填写事件");
    await expect(preview(w47, { addedMilestones: [{ ...base, title: " " }] })).rejects.toThrow("标题不能为空");
    const before = await milestones();
    await expect(
      commitImport(db, w47, { departmentId, actor: "pm", decisions: { addedMilestones: [{ ...base, span: "核心系统迁移" }] } }),
    ).rejects.toThrow("没有读到日期");
    expect(await milestones()).toEqual(before);
    expect(await db.report.count()).toBe(1);
  });
});

describe("a milestone added from a 未识别 line outside every entry", () => {
  // an item of a 其他 section with a date and no event the extractor knows: dropped as unsure (line 12)
  const w47other = `${w47}\n## 其他\n\n- 12月18日二次切流\n`;
  const OTHER_LINE = "- 12月18日二次切流";
  const addTo = (entryKey: string, line = OTHER_LINE) => ({ entryKey, line, span: "12月18日二次切流", event: "切流", title: "二次切流" });

  it("goes to the entry the PM chooses: a new milestone of it, read from the line, which is then no longer 未识别; committed", async () => {
    const alone = await preview(w47other, {});
    expect(alone.extraction.unread?.map((u) => `${u.line} ${u.reason}`)).toEqual(["8 date_without_milestone", "12 unsure_item"]);
    expect(milestoneChanges(alone.changes)).toEqual(["新 长沙佣金存管/支付投产 2024-12-06 第7行"]);

    const entryKey = await entryKeyOf(w47other, "核心系统迁移");
    const decisions = { addedMilestones: [addTo(entryKey)] };
    const cs = await preview(w47other, decisions);
    expect(milestoneChanges(cs.changes)).toEqual([
      "新 长沙佣金存管/支付投产 2024-12-06 第7行",
      "新 核心系统迁移/二次切流 2024-12-18 第12行",
    ]);
    expect(cs.extraction.unread?.map((u) => u.line)).toEqual([8]);

    await commitImport(db, w47other, { departmentId, actor: "pm", decisions });
    expect(await milestones()).toContain("核心系统迁移/二次切流 2024-12-18 基线2024-12-18 planned");
    const observation = await db.milestoneObservation.findFirstOrThrow({ where: { milestone: { title: "二次切流" } } });
    expect(observation).toMatchObject({ line: 12, text: OTHER_LINE });
  });

  it("lasts through an edit elsewhere in the report; is listed as no longer applying once its line is gone", async () => {
    const entryKey = await entryKeyOf(w47other, "核心系统迁移");
    await commitImport(db, w47other, { departmentId, actor: "pm", decisions: { addedMilestones: [addTo(entryKey)] } });
    const edited = await preview(w47other.replace("进度30%，支付", "进度35%，支付"));
    expect(edited.decisions.addedMilestones).toEqual([addTo(entryKey)]);
    expect(edited.lostDecisions).toEqual([]);
    const gone = await preview(w47other.replace("12月18日二次切流", "12月19日二次切流"));
    expect(gone.decisions.addedMilestones).toBeUndefined();
    expect(gone.lostDecisions).toEqual([expect.objectContaining({ kind: "added", label: "核心系统迁移 · 二次切流" })]);
  });

  it("takes no line of another entry: only the entry's own lines and the 未识别 ones", async () => {
    const entryKey = await entryKeyOf(w47other, "核心系统迁移");
    const line = "1. 长沙佣金存管：进度30%，支付12/06投产";
    const cs = await preview(w47other, { addedMilestones: [{ entryKey, line, span: "支付12/06投产", event: "投产" }] });
    expect(milestoneChanges(cs.changes)).toEqual(["新 长沙佣金存管/支付投产 2024-12-06 第7行"]);
    expect(cs.extraction.unread?.map((u) => u.line)).toEqual([8, 12]);
  });
});

describe("a new milestone mapped onto a known one", () => {
  it("becomes a date change of that milestone with 改期 as its reason, and commits as its move with the baseline kept", async () => {
    const cs = await preview(w47, {});
    const launch = cs.changes.find((c) => c.kind === "new_milestone" && c.title === "支付投产")!;
    const known = await db.milestone.findFirstOrThrow({ where: { title: "支付上线" } });
    const decisions = { milestoneMaps: { [launch.decisionKey]: { milestoneId: known.id } } };
    const mapped = await preview(w47, decisions);
    expect(milestoneChanges(mapped.changes)).toEqual(["改 长沙佣金存管/支付上线 2024-11-28→2024-12-06 改期"]);
    expect(mapped.changes.find((c) => c.kind === "date_change")).toMatchObject({ decisionKey: launch.decisionKey, milestoneId: known.id });

    const result = await commitImport(db, w47, { departmentId, actor: "pm", decisions });
    expect(result.counts).toMatchObject({ date_change: 1 });
    expect(result.counts.new_milestone).toBeUndefined();
    expect(await milestones()).toEqual(["长沙佣金存管/支付上线 2024-12-06 基线2024-11-28 planned"]);
    // the known milestone learnt the report's words: next week's 支付投产 is the same milestone, no mapping needed
    const w48 = report("2024-W48", "2024年11月29日", "长沙佣金存管：进度40%，支付12/09投产", "核心系统迁移：进度40%");
    expect(milestoneChanges((await preview(w48, {})).changes)).toEqual(["改 长沙佣金存管/支付上线 2024-12-06→2024-12-09 "]);
  });

  it("refuses a mapping onto a milestone of another initiative, and nothing is written", async () => {
    await commitImport(
      db,
      report("2024-W46", "2024年11月15日", "长沙佣金存管：进度10%，支付11/28上线", "核心系统迁移：进度20%，12/20提测"),
      {
        departmentId,
        actor: "pm",
      },
    );
    const launch = (await preview(w47, {})).changes.find((c) => c.kind === "new_milestone" && c.title === "支付投产")!;
    const other = await db.milestone.findFirstOrThrow({ where: { title: "提测" } });
    const decisions = { milestoneMaps: { [launch.decisionKey]: { milestoneId: other.id } } };
    await expect(preview(w47, decisions)).rejects.toThrow("只能对应本项目已有的里程碑");
    const before = await milestones();
    await expect(commitImport(db, w47, { departmentId, actor: "pm", decisions })).rejects.toThrow("只能对应本项目已有的里程碑");
    expect(await milestones()).toEqual(before);
    expect(await db.report.count()).toBe(1);
  });
});

describe("an event word of the department", () => {
  const corrections = [{ kind: "eventWord" as const, match: "切流", value: "" }];

  it("read with the review's correction, a dated line naming it yields a milestone titled with it, and the rule is said to fire", async () => {
    const cs = await previewImport(db, w47, { departments: departmentId, corrections });
    expect(milestoneChanges(cs.changes)).toContain("新 核心系统迁移/切流 2024-12-10 第8行");
    expect(cs.extraction.unread).toEqual([]);
    expect(cs.extraction.firedRules).toEqual([{ ruleId: "eventWord-切流", kind: "eventWord", match: "切流", line: 8 }]);
  });

  it("remembered on commit, the next report of the department is read with it; another department's is not", async () => {
    await commitImport(db, w47, { departmentId, actor: "pm", corrections, rememberForDepartment: true });
    const rule = await db.layoutProfileRule.findFirstOrThrow({ where: { departmentId } });
    expect(rule).toMatchObject({ kind: "eventWord", match: "切流" });
    const w48 = report("2024-W48", "2024年11月29日", "长沙佣金存管：进度40%", "核心系统迁移：进度40%，12月17日切流");
    expect(milestoneChanges((await preview(w48)).changes)).toEqual(["改 核心系统迁移/切流 2024-12-10→2024-12-17 "]);
    const other = await db.department.create({ data: { name: "别的部门" } });
    const elsewhere = await previewImport(db, w48, { departments: other.id });
    expect(elsewhere.changes.some((c) => c.kind === "new_milestone" && c.title.includes("切流"))).toBe(false);
  });

  it("refuses a word that is a phrase or one letter, and nothing is remembered", async () => {
    for (const match of ["切", "12月10日切流，", "切 流"]) {
      const bad = [{ kind: "eventWord" as const, match, value: "" }];
      await expect(commitImport(db, w47, { departmentId, actor: "pm", corrections: bad })).rejects.toThrow("不能作为事件词");
    }
    expect(await db.layoutProfileRule.count()).toBe(0);
    expect(await db.report.count()).toBe(1);
  });
});
