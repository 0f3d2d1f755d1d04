// Issue #13 item 2 in a real browser: in the import review the PM adds a
// milestone the extractor missed from its line (with an event word of the
// department's own, remembered), maps a milestone the report names anew onto
// the known one it is, commits, and the tracker holds exactly that.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppSession, startAppSession } from "./app-server";
import { reviewEntry, sessionApi, signedInPage } from "./review-helpers";

const report = (week: string, day: string, ...items: string[]) =>
  [`# 支付部周报 ${week}`, `日期：${day}`, "## 核心项目", ...items.map((t) => `- ${t}`)].join("\n");
const W46 = report("2024-W46", "2024-11-15", "长沙佣金存管：进度10%，支付11/28上线", "核心系统迁移：进度20%");
const W47 = report("2024-W47", "2024-11-22", "长沙佣金存管：进度30%，支付12/06投产", "核心系统迁移：进度30%，12月10日切流");
const W48 = report("2024-W48", "2024-11-29", "长沙佣金存管：进度40%，支付12/09投产", "核心系统迁移：进度40%，12月17日切流");

let session: AppSession;
let api: Awaited<ReturnType<typeof sessionApi>>;
let departmentId: number;

beforeAll(async () => {
  session = await startAppSession();
  api = await sessionApi(session);
  await api.mutate("department.create", { name: "支付部" });
  const preview = await api.mutate<{ departmentId: number }>("importer.preview", { text: W46 });
  departmentId = preview.departmentId;
  await api.mutate("importer.commit", { departmentId, text: W46 });
});
afterAll(() => session?.close());

interface TimelineData {
  groups: { initiatives: { name: string; milestones: { title: string; date: string; baselineDate: string; state: string }[] }[] }[];
}
async function milestonesOf(name: string, department = departmentId) {
  const timeline = await api.query<TimelineData>("timeline.get", { departmentIds: [department] });
  const initiative = timeline.groups.flatMap((g) => g.initiatives).find((i) => i.name === name);
  return (initiative?.milestones ?? []).map((m) => `${m.title} ${m.date} 基线${m.baselineDate} ${m.state}`);
}

describe("milestone corrections in the import review", { timeout: 240_000 }, () => {
  it("adds a missed milestone from its line and maps a new milestone onto the known one, then commits", async () => {
    const page = await signedInPage(session);
    await page.goto(`${session.server.url}/import`);
    await page.locator("textarea[name=report]").fill(W47);
    await page.getByRole("button", { name: "预览" }).click();
    const migration = reviewEntry(page, "核心系统迁移");
    await migration.waitFor();
    // the extractor alone reads no milestone from `12月10日切流`
    expect(await migration.locator('[data-kind="new_milestone"]').count()).toBe(0);

    // add it from the entry's line, with the department's own event word, remembered
    await migration.getByRole("button", { name: "修改条目…" }).click();
    await migration.getByRole("button", { name: "补充里程碑…" }).click();
    const form = migration.getByRole("group", { name: "从这一行补充漏读的里程碑" });
    await form.getByLabel("所选文字", { exact: true }).fill("12月10日切流");
    await form.getByLabel("事件", { exact: true }).selectOption({ label: "其他事件词…" });
    await form.getByLabel("事件词").fill("切流");
    const remember = form.getByRole("checkbox", { name: "为本部门记住事件词“切流”（之后的周报按此读取）" });
    expect(await remember.isChecked()).toBe(true);
    await form.getByRole("button", { name: "添加" }).click();
    const added = migration.locator('[data-kind="new_milestone"]', { hasText: "切流" });
    await added.waitFor();
    expect(await added.innerText()).toContain("2024-12-10");
    await migration.getByText("已补充的里程碑").waitFor();

    // a rejected new milestone is shown as removed; taken back, it is accepted again
    const accept = added.getByRole("checkbox", { name: "采纳 新里程碑" });
    await accept.uncheck();
    await added.getByText("已删除（不导入）").waitFor();
    await accept.check();
    await expect.poll(() => added.getByText("已删除（不导入）").count()).toBe(0);

    // 支付投产 is the known 支付上线, moved
    const payments = reviewEntry(page, "长沙佣金存管");
    const launch = payments.locator('[data-kind="new_milestone"]', { hasText: "支付投产" });
    await launch.getByRole("button", { name: "修改…" }).click();
    await launch.getByLabel("这是已有里程碑…").selectOption({ label: "支付上线（2024-11-28）" });
    const moved = payments.locator('[data-kind="date_change"]', { hasText: "支付上线" });
    await moved.waitFor();
    expect(await moved.innerText()).toMatch(/2024-11-28\s*→\s*2024-12-06[\s\S]*原因：改期/);
    expect(await payments.locator('[data-kind="new_milestone"]').count()).toBe(0);

    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W47 周报").waitFor();
    await page.close();

    expect(await milestonesOf("核心系统迁移")).toEqual(["切流 2024-12-10 基线2024-12-10 planned"]);
    // one milestone moved, its baseline kept: no second milestone
    expect(await milestonesOf("长沙佣金存管")).toEqual(["支付上线 2024-12-06 基线2024-11-28 planned"]);
  });

  it("reads the next week right with no correction: the event word was remembered, the mapped milestone learnt its words", async () => {
    type Change = { kind: string; initiativeName: string; title?: string; oldDate?: string; newDate?: string };
    const set = await api.mutate<{ changes: Change[] }>("importer.preview", { departmentId, text: W48 });
    const dates = set.changes.filter((c) => c.kind === "date_change" || c.kind === "new_milestone");
    expect(dates.map((c) => `${c.kind} ${c.initiativeName} ${c.title} ${c.oldDate ?? ""}→${c.newDate ?? ""}`).sort()).toEqual([
      "date_change 核心系统迁移 切流 2024-12-10→2024-12-17",
      "date_change 长沙佣金存管 支付上线 2024-12-06→2024-12-09",
    ]);
    const profile = await api.query<{ rules: { kind: string; match: string }[] }>("layoutProfile.get", { departmentId });
    expect(profile.rules.map((r) => `${r.kind} ${r.match}`)).toEqual(["eventWord 切流"]);
  });

  it("adds a milestone from a 未识别 line outside every entry to the initiative the PM chooses, then commits it", async () => {
    // another department: what 支付部 learnt above does not read this one
    const clearing = (week: string, day: string, progress: number, ...extra: string[]) =>
      [
        `# 清算部周报 ${week}`,
        `日期：${day}`,
        "## 核心项目",
        `- 清算平台：进度${progress}%`,
        "- 对账系统：进度30%，12月20日上线",
        ...extra,
      ].join("\n");
    await api.mutate("department.create", { name: "清算部" });
    const first = await api.mutate<{ departmentId: number }>("importer.preview", { text: clearing("2024-W46", "2024-11-15", 20) });
    expect(first.departmentId).not.toBe(departmentId);
    await api.mutate("importer.commit", { departmentId: first.departmentId, text: clearing("2024-W46", "2024-11-15", 20) });

    const page = await signedInPage(session);
    await page.goto(`${session.server.url}/import`);
    // an item of a 其他 section with a date and no event the extractor knows: read as nothing
    await page.locator("textarea[name=report]").fill(clearing("2024-W47", "2024-11-22", 25, "## 其他", "- 12月18日二次切流"));
    await page.getByRole("button", { name: "预览" }).click();
    const unread = page.locator("details.review-unread");
    await unread.locator("summary").click();
    const line = unread.locator("li", { hasText: "12月18日二次切流" });
    await line.getByRole("button", { name: "补充里程碑…" }).click();
    const form = line.getByRole("group", { name: "从这一行补充漏读的里程碑" });
    // the line stands outside every entry: nothing is proposed, the PM chooses
    const project = form.getByLabel("所属项目", { exact: true });
    expect(await project.inputValue()).toBe("");
    const add = form.getByRole("button", { name: "添加" });
    await form.getByLabel("所选文字", { exact: true }).fill("12月18日二次切流");
    await form.getByLabel("事件", { exact: true }).selectOption({ label: "其他事件词…" });
    await form.getByLabel("事件词").fill("切流");
    await form.getByLabel("标题（可不填）").fill("二次切流");
    expect(await add.isDisabled()).toBe(true);
    await project.selectOption({ label: "核心项目 · 清算平台" });
    // read with the word, the line would be an item of its own: the word is not offered to remember
    await form.getByText("事件词“切流”不会记住", { exact: false }).waitFor();
    expect(await form.getByRole("checkbox").count()).toBe(0);
    await add.click();

    // re-planned on the server: the change shows under the chosen initiative, and the line has been read
    const platform = reviewEntry(page, "清算平台");
    const added = platform.locator('[data-kind="new_milestone"]', { hasText: "二次切流" });
    await added.waitFor();
    expect(await added.innerText()).toContain("2024-12-18");
    await expect.poll(() => page.locator("details.review-unread li", { hasText: "二次切流" }).count()).toBe(0);

    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W47 周报").waitFor();
    await page.close();
    expect(await milestonesOf("清算平台", first.departmentId)).toEqual(["二次切流 2024-12-18 基线2024-12-18 planned"]);
    const profile = await api.query<{ rules: unknown[] }>("layoutProfile.get", { departmentId: first.departmentId });
    expect(profile.rules).toEqual([]);
  });
});
