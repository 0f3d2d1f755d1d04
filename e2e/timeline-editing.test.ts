// Editing on the timeline in a real browser: a dragged milestone asks for a
// reason, is saved optimistically, rolls back on a conflict, can be undone;
// the filters live in the URL.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";
import { type AppServer, type AppSession, openPage, SHOTS, signedInHeaders, startAppSession } from "./app-server";
import { appApi, barOf, diamondX, dragBy, openInitiativeEditor, revealInChart, scanChartRows } from "./timeline-helpers";

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
});
afterAll(() => session?.close());

/** Open milestones that have not slipped, each with its initiative, skipping the ones other tests use. */
async function unslipped(skip: number[] = []): Promise<{ initiative: TimelineInitiative; milestone: TimelineMilestone }[]> {
  return (await api.initiatives())
    .filter((i) => i.name !== "贝易转-装修存管")
    .flatMap((initiative) => initiative.milestones.map((milestone) => ({ initiative, milestone })))
    .filter(
      ({ milestone }) =>
        milestone.slipDays === 0 && milestone.state !== "done" && milestone.baselineDate === milestone.date && !skip.includes(milestone.id),
    );
}

const used: number[] = [];
const prompt = (page: Page) => page.getByRole("dialog", { name: "保存这次修改？" });

describe("editing on the timeline", () => {
  it("a milestone dragged later asks for a reason, then shows its slip on the chart and in the detail panel", async () => {
    const [{ initiative, milestone }] = await unslipped();
    used.push(milestone.id);
    const { page, dialogs } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    const diamond = `.bar-wrapper[data-id="m-${milestone.id}"] .bar`;
    expect(await barOf(page, `m-${milestone.id}`).getAttribute("class")).not.toContain("is-slipped");
    await dragBy(page, diamond, 120);
    await prompt(page).getByText(`里程碑「${milestone.title}」日期：${milestone.date} →`).waitFor();
    await prompt(page).getByLabel("原因（可选）").fill("联调环境延期");
    await prompt(page).getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();

    const saved = (await api.detail(initiative.id)).milestones.find((m) => m.id === milestone.id)!;
    expect(saved.date > milestone.date).toBe(true);
    expect(saved.slipDays).toBeGreaterThan(0);
    // the chart: warning class and a ghost at the baseline
    await expect.poll(() => barOf(page, `m-${milestone.id}`).getAttribute("class")).toContain("is-slipped");
    await page.locator(`.gantt-marker.baseline[data-id="b-${milestone.id}"]`).waitFor({ state: "attached" });
    // the detail panel: slip, date trail with the manual edit, the edit log with the reason
    await barOf(page, `i-${initiative.id}`).locator(".bar").first().click({ force: true });
    const panel = page.getByRole("region", { name: initiative.name });
    const row = panel.locator(`tr[data-milestone="${milestone.id}"]`);
    await row.getByText(`延期 ${saved.slipDays} 天`).waitFor();
    expect(await row.locator(".date-trail li.manual").innerText()).toContain("PM");
    await panel.locator(".edit-log").getByText("联调环境延期").waitFor();
    expect(page.url()).toContain(`initiative=${initiative.id}`);
    await page.screenshot({ path: path.join(SHOTS, "edit-slip-panel.png"), fullPage: true });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("cancel puts the milestone back and saves nothing", async () => {
    const [{ initiative, milestone }] = await unslipped(used);
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    const x = await diamondX(page, milestone.id);
    await dragBy(page, `.bar-wrapper[data-id="m-${milestone.id}"] .bar`, 120);
    await prompt(page).waitFor();
    expect(await diamondX(page, milestone.id)).not.toBe(x);
    await prompt(page).getByRole("button", { name: "取消" }).click();
    await expect.poll(() => diamondX(page, milestone.id)).toBe(x);
    expect((await api.detail(initiative.id)).milestones.find((m) => m.id === milestone.id)!.date).toBe(milestone.date);
    await page.close();
  });

  it("updates the chart before the server answers, rolls back on a conflict with the server's message, and undoes a save", async () => {
    const [{ initiative, milestone }] = await unslipped(used);
    used.push(milestone.id);
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    const selector = `.bar-wrapper[data-id="m-${milestone.id}"] .bar`;
    await page.locator(selector).first().waitFor();
    const x = await diamondX(page, milestone.id);

    // someone else edits the milestone meanwhile: the page's version is stale
    await api.mutate("milestone.edit", { id: milestone.id, expectedVersion: milestone.version, state: "at_risk", reason: "别人改的" });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/api/trpc/milestone.edit*", async (route) => {
      await held;
      await route.continue();
    });
    await dragBy(page, selector, 120);
    await prompt(page).getByRole("button", { name: "保存" }).click();
    // optimistic: the slip shows while the request is held
    await expect.poll(() => barOf(page, `m-${milestone.id}`).getAttribute("class")).toContain("is-slipped");
    release();
    await page.getByText("已被他人修改，请刷新后重试").waitFor();
    await expect.poll(() => diamondX(page, milestone.id)).toBe(x);
    await expect.poll(() => barOf(page, `m-${milestone.id}`).getAttribute("class")).not.toContain("is-slipped");
    await page.screenshot({ path: path.join(SHOTS, "edit-conflict.png") });
    await page.unroute("**/api/trpc/milestone.edit*");

    // with the fresh version the save goes through; 撤销 brings the old date back as a new edit
    await expect.poll(async () => (await api.detail(initiative.id)).milestones.find((m) => m.id === milestone.id)!.state).toBe("at_risk");
    await page.reload();
    await page.locator(selector).first().waitFor();
    await dragBy(page, selector, 120);
    await prompt(page).getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();
    const moved = (await api.detail(initiative.id)).milestones.find((m) => m.id === milestone.id)!;
    expect(moved.date > milestone.date).toBe(true);
    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByText("已撤销").waitFor();
    const undone = await api.detail(initiative.id);
    expect(undone.milestones.find((m) => m.id === milestone.id)!.date).toBe(milestone.date);
    expect(undone.edits.at(-1)).toMatchObject({ field: "date", oldValue: moved.date, newValue: milestone.date, reason: "撤销" });
    await expect.poll(() => diamondX(page, milestone.id)).toBe(x);
    await page.close();
  });
});

describe("editing in the detail panel", () => {
  it("edits an initiative's progress and status, and a milestone's date, each with a reason", async () => {
    const [{ initiative, milestone }] = await unslipped(used);
    used.push(milestone.id);
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?initiative=${initiative.id}`);
    const panel = page.getByRole("region", { name: initiative.name });
    const form = await openInitiativeEditor(panel, "编辑项目");
    await form.getByLabel("进度").fill("65");
    await form.getByLabel("状态").selectOption({ label: "暂停" });
    await form.getByLabel("原因（可选）").fill("周会确认");
    await form.getByRole("button", { name: "保存" }).click();
    await panel.getByText("进度：65%").waitFor();
    await panel.locator(".edit-log tr", { hasText: "项目状态：进行中 → 暂停" }).getByText("周会确认").waitFor();
    expect(await api.detail(initiative.id)).toMatchObject({ progress: 65, status: "paused" });

    await panel.locator(`tr[data-milestone="${milestone.id}"]`).getByRole("button", { name: "编辑" }).click();
    const msForm = panel.getByRole("form", { name: `编辑 ${milestone.title}` });
    const later = new Date(Date.parse(`${milestone.date}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    await msForm.getByLabel("当前日期").fill(later);
    await msForm.getByLabel("原因（可选）").fill("供应商延期");
    await msForm.getByRole("button", { name: "保存" }).click();
    const row = panel.locator(`tr[data-milestone="${milestone.id}"]`);
    await row.getByText("延期 10 天").waitFor();
    await expect.poll(() => barOf(page, `m-${milestone.id}`).getAttribute("class")).toContain("is-slipped");
    await panel.locator(".edit-log tr", { hasText: later }).getByText("供应商延期").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "panel-edit.png"), fullPage: true });
    await page.close();
  });

  it("renames a milestone and moves it to another initiative from the panel; undo puts both back", async () => {
    const [{ initiative, milestone }] = await unslipped(used);
    used.push(milestone.id);
    const target = (await api.initiatives()).find((i) => i.id !== initiative.id && i.name !== "贝易转-装修存管")!;
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?initiative=${initiative.id}`);
    const panel = page.getByRole("region", { name: initiative.name });
    await panel.locator(`tr[data-milestone="${milestone.id}"]`).getByRole("button", { name: "编辑" }).click();
    const form = panel.getByRole("form", { name: `编辑 ${milestone.title}` });
    await form.getByLabel("标题").fill("改名后的里程碑");
    await form.getByLabel("所属项目").selectOption({ label: `${target.group} · ${target.name}` });
    await form.getByLabel("原因（可选）").fill("归属调整");
    await form.screenshot({ path: path.join(SHOTS, "panel-move-milestone.png") });
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();
    await panel.locator(`tr[data-milestone="${milestone.id}"]`).waitFor({ state: "detached" });
    const moved = (await api.detail(target.id)).milestones.find((m) => m.id === milestone.id);
    expect(moved?.title).toBe("改名后的里程碑");
    // its row is now under the target, maybe away from the view
    const label = async () =>
      (await scanChartRows(page, `m-${milestone.id}`)) ? barOf(page, `m-${milestone.id}`).locator(".bar-label").textContent() : null;
    await expect.poll(label).toBe("改名后的里程碑");

    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByText("已撤销").waitFor();
    await panel.locator(`tr[data-milestone="${milestone.id}"]`).getByText(milestone.title, { exact: true }).waitFor();
    expect((await api.detail(initiative.id)).edits.filter((e) => e.field === "initiative").map((e) => [e.oldValue, e.newValue])).toEqual([
      [initiative.name, target.name],
      [target.name, initiative.name],
    ]);
    await page.close();
  });

  it("a dragged progress handle asks first; dragging only a bar's end explains that the end follows the milestones", async () => {
    const target = (await api.initiatives()).find((i) => i.status === "active" && i.milestones.length > 0 && (i.progress ?? 0) < 50)!;
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?view=Day`);
    const bar = barOf(page, `i-${target.id}`);
    await bar.locator(".bar").first().waitFor();
    await revealInChart(page, `.bar-wrapper[data-id="i-${target.id}"] .bar`);
    await bar.hover();
    await dragBy(page, `.bar-wrapper[data-id="i-${target.id}"] .handle.progress`, 60);
    await prompt(page).getByText(`「${target.name}」进度：`).waitFor();
    await prompt(page).getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();
    expect((await api.detail(target.id)).progress ?? 0).toBeGreaterThan(target.progress ?? 0);

    await bar.hover();
    await dragBy(page, `.bar-wrapper[data-id="i-${target.id}"] .handle.right`, 36 * 3);
    await page.getByText("结束日期由最后一个里程碑决定").waitFor();
    expect(await prompt(page).count()).toBe(0);
    expect((await api.detail(target.id)).endDate).toBe(target.endDate);
    await page.close();
  });
});

describe("merging in the detail panel", () => {
  it("merges an initiative into another; the panel then shows the target with the old name as an alias", async () => {
    const all = await api.initiatives();
    const source = all.find((i) => i.name === "芝麻免押")!;
    const target = all.find((i) => i.name === "资金安全")!;
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?initiative=${source.id}`);
    const panel = page.getByRole("region", { name: source.name });
    const form = await openInitiativeEditor(panel, "合并到");
    await form.getByRole("combobox", { name: "合并到" }).selectOption({ label: `${target.group} · ${target.name}` });
    await form.getByLabel("原因（可选）").fill("同一个项目");
    await form.getByRole("button", { name: "合并" }).click();
    await page.getByText(`已合并到「${target.name}」`).waitFor();
    await page.getByRole("region", { name: target.name }).getByText(`别名：`).waitFor();
    expect(new URL(page.url()).searchParams.get("initiative")).toBe(String(target.id));
    const after = await api.initiatives();
    expect(after.some((i) => i.id === source.id)).toBe(false);
    expect(after.find((i) => i.id === target.id)!.aliases).toContain(source.name);
    await page.close();
  });
});

describe("filters in the URL", () => {
  it("filtering to slipped shows only slipped initiatives, the URL holds it, a reload keeps it", async () => {
    const all = await api.initiatives();
    const slipped = all.filter((i) => i.slippedCount > 0);
    expect(slipped.length).toBeGreaterThan(0);
    expect(slipped.length).toBeLessThan(all.length);
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    await page.locator(".bar-wrapper.initiative").first().waitFor();
    await page.getByRole("button", { name: "季度" }).click();
    await page.getByRole("checkbox", { name: "已延期" }).check();
    await page.waitForURL((u) => u.searchParams.get("state") === "slipped" && u.searchParams.get("view") === "Quarter");
    // the chart draws the rows around its view: the scan visits them all
    const shown = async () => (await scanChartRows(page))!.filter((id) => id.startsWith("i-"));
    const expected = slipped.map((i) => `i-${i.id}`).sort();
    await expect.poll(shown).toEqual(expected);
    expect(await page.locator(".bar-wrapper.initiative:not(.is-slipped)").count()).toBe(0);

    await page.reload();
    await page.locator(".bar-wrapper.initiative").first().waitFor();
    expect(await page.getByRole("checkbox", { name: "已延期" }).isChecked()).toBe(true);
    expect(await page.getByRole("button", { name: "季度" }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(shown).toEqual(expected);
    await page.screenshot({ path: path.join(SHOTS, "filter-slipped-quarter.png") });

    // the nav's 时间线 link starts over from an unfiltered view
    await page.getByRole("navigation").getByRole("link", { name: "时间线" }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(async () => (await shown()).length).toBe(all.length);
    expect(await page.getByRole("checkbox", { name: "已延期" }).isChecked()).toBe(false);

    // a shared link with a text search
    await page.goto(`${server.url}/?q=${encodeURIComponent("存管")}`);
    await page.locator(".bar-wrapper.initiative").first().waitFor();
    expect(await page.getByRole("searchbox", { name: "搜索项目" }).inputValue()).toBe("存管");
    const names = await page.locator(".bar-wrapper.initiative .bar-label").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toContain("存管");
    await page.close();
  });
});
