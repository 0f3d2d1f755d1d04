// Editing that shows itself, in a real browser against the real server: the
// grab cursor and always-visible handles, the live date label while dragging,
// the question whether to reopen a done milestone moved past today, and the
// session's multi-level undo/redo (buttons and keys), checked on the server.
import path from "node:path";
import { addDays, format, parseISO } from "date-fns";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";
import { type AppServer, type AppSession, openPage, SHOTS, signedInHeaders, startAppSession } from "./app-server";
import { appApi, barOf, openInitiativeEditor, revealInChart } from "./timeline-helpers";

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
});
afterAll(() => session?.close());

const DAY_PX = 36; // the Day view's column
/** an undo fetches the timeline, then saves: on a busy machine that takes more than expect.poll's default second */
const SERVER = { timeout: 20_000 };
/** 撤销 / 重做 once enabled again: a key press while a save is still under way is ignored */
const ready = (page: Page, name: "撤销" | "重做") => page.getByRole("button", { name, disabled: false }).waitFor();
const prompt = (page: Page) => page.getByRole("dialog", { name: "保存这次修改？" });
const day = (d: string, n: number) => format(addDays(parseISO(d), n), "yyyy-MM-dd");

async function milestoneNow(id: number): Promise<TimelineMilestone & { initiativeId: number }> {
  for (const i of await api.initiatives()) for (const m of i.milestones) if (m.id === id) return { ...m, initiativeId: i.id };
  throw new Error(`milestone ${id} is gone`);
}

/** Presses on the diamond, moves it by `days` in small steps, reads the live label while still holding, then lets go. */
async function dragDiamondReading(page: Page, milestoneId: number, days: number): Promise<string> {
  const selector = `.bar-wrapper[data-id="m-${milestoneId}"] .bar`;
  await revealInChart(page, selector);
  const box = (await page.locator(selector).first().boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (days * DAY_PX * i) / 10, y);
  const label = page.locator(".gantt-drag-label");
  await label.waitFor();
  const text = await label.innerText();
  await page.screenshot({ path: path.join(SHOTS, "drag-live-label.png") });
  await page.mouse.up();
  await label.waitFor({ state: "detached" });
  return text;
}

describe("editing that shows itself", () => {
  it("editable bars show a grab cursor and their handles without hovering", async () => {
    const target = (await api.initiatives()).find((i) => i.status === "active" && (i.progress ?? 0) < 90)!;
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?view=Day`);
    const bar = barOf(page, `i-${target.id}`);
    await bar.locator(".bar").first().waitFor();
    await page.mouse.move(0, 0);
    const style = (sel: string, prop: "cursor" | "opacity") =>
      bar
        .locator(sel)
        .first()
        .evaluate((el, p) => getComputedStyle(el)[p], prop);
    expect(await style(".bar", "cursor")).toBe("grab");
    expect(Number(await style(".handle.progress", "opacity"))).toBe(1);
    expect(Number(await style(".handle.right", "opacity"))).toBeGreaterThan(0.4);
    await page.close();
  });

  it("a done milestone dragged past today asks whether to reopen it; undo and redo walk the session's edits on the server", async () => {
    const today = format(new Date(), "yyyy-MM-dd");
    const all: TimelineInitiative[] = await api.initiatives();
    const done = all.flatMap((i) => i.milestones).find((m) => m.state === "done")!;
    const other = all.flatMap((i) => i.milestones).find((m) => m.state === "planned" && m.id !== done.id)!;
    // put the done milestone three days before today (still done), so a short drag crosses today
    const start = day(today, -3);
    await api.mutate("milestone.edit", { id: done.id, expectedVersion: done.version, date: start, rangeStart: start, reason: "准备" });

    const { page, dialogs } = await openPage(browser, server);
    await page.goto(`${server.url}/?view=Day`);
    await barOf(page, `m-${done.id}`).locator(".bar").first().waitFor();
    const label = await dragDiamondReading(page, done.id, 6);
    expect(label).toBe(day(start, 6));

    // the question, with no default: 保存 waits for a choice
    const dialog = prompt(page);
    await dialog.getByText("这个里程碑已完成，新日期在今天之后：").waitFor();
    expect(await dialog.getByRole("button", { name: "保存" }).isDisabled()).toBe(true);
    await dialog.getByRole("radio", { name: "重新打开（改为计划中）" }).check();
    await page.screenshot({ path: path.join(SHOTS, "reopen-prompt.png") });
    await dialog.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();
    expect(await milestoneNow(done.id)).toMatchObject({ date: label, state: "planned" });

    // a second edit of the session
    const otherLabel = await dragDiamondReading(page, other.id, 4);
    await prompt(page).getByRole("button", { name: "保存" }).click();
    await expect.poll(async () => (await milestoneNow(other.id)).date, SERVER).toBe(otherLabel);

    // Ctrl+Z undoes the newest, 撤销 the one before (date and state in one step)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // keys to the page, not a field
    await ready(page, "撤销");
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await milestoneNow(other.id)).date, SERVER).toBe(other.date);
    await ready(page, "撤销");
    await page.getByRole("button", { name: "撤销" }).click();
    await expect.poll(async () => (await milestoneNow(done.id)).state, SERVER).toBe("done");
    expect((await milestoneNow(done.id)).date).toBe(start);
    expect(await page.getByRole("button", { name: "撤销" }).isDisabled()).toBe(true);

    // Ctrl+Shift+Z redoes the first again, logged with its reason
    await ready(page, "重做");
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(async () => (await milestoneNow(done.id)).state, SERVER).toBe("planned");
    expect((await milestoneNow(done.id)).date).toBe(label);
    const detail = await api.detail((await milestoneNow(done.id)).initiativeId);
    expect(detail.edits.filter((e) => e.entityId === done.id && e.field === "state").map((e) => [e.newValue, e.reason])).toEqual([
      ["planned", null],
      ["done", "撤销"],
      ["planned", "重做"],
    ]);

    // someone else changes it meanwhile: the undo is refused, said so, and dropped; the server keeps their change
    const current = await milestoneNow(done.id);
    await api.mutate("milestone.edit", { id: done.id, expectedVersion: current.version, state: "at_risk", reason: "别人改的" });
    await ready(page, "撤销");
    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByText("已被他人修改，无法撤销或重做").waitFor();
    expect(await milestoneNow(done.id)).toMatchObject({ state: "at_risk", date: label });
    expect(await page.getByRole("button", { name: "撤销" }).isDisabled()).toBe(true);
    // the other milestone's undone move can still be redone
    await ready(page, "重做");
    await page.getByRole("button", { name: "重做" }).click();
    await expect.poll(async () => (await milestoneNow(other.id)).date, SERVER).toBe(otherLabel);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 180_000);

  it("keeping a done milestone done saves only the date; cancel puts it back", async () => {
    const today = format(new Date(), "yyyy-MM-dd");
    const done = (await api.initiatives()).flatMap((i) => i.milestones).find((m) => m.state === "done")!;
    const start = day(today, -2);
    await api.mutate("milestone.edit", { id: done.id, expectedVersion: done.version, date: start, rangeStart: start });
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?view=Day`);
    await barOf(page, `m-${done.id}`).locator(".bar").first().waitFor();
    const x = await barOf(page, `m-${done.id}`).locator(".bar").first().getAttribute("x");

    await dragDiamondReading(page, done.id, 5);
    await prompt(page).getByRole("button", { name: "取消" }).click();
    await expect.poll(() => barOf(page, `m-${done.id}`).locator(".bar").first().getAttribute("x")).toBe(x);
    expect((await milestoneNow(done.id)).date).toBe(start);

    const label = await dragDiamondReading(page, done.id, 5);
    await prompt(page).getByRole("radio", { name: "保持已完成" }).check();
    await prompt(page).getByRole("button", { name: "保存" }).click();
    await expect.poll(async () => (await milestoneNow(done.id)).date, SERVER).toBe(label);
    expect((await milestoneNow(done.id)).state).toBe("done");
    await page.close();
  });

  it("an owner set in the panel shows in the grid's 负责人 column and on the server; undo clears it again", async () => {
    const target = (await api.initiatives()).find((i) => i.owner === null)!;
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?initiative=${target.id}&cols=owner,progress`);
    const cell = page.locator(`.gantt-grid-row[data-id="i-${target.id}"] [data-column="owner"]`);
    await expect.poll(() => cell.textContent()).toBe("—");
    const panel = page.getByRole("region", { name: target.name });
    const form = await openInitiativeEditor(panel, "编辑项目");
    await form.getByLabel("负责人").fill("王五");
    await form.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => cell.textContent()).toBe("王五");
    await panel.getByText("负责人：王五").waitFor();
    expect((await api.detail(target.id)).owner).toBe("王五");
    await page.screenshot({ path: path.join(SHOTS, "owner-column.png") });

    await page.getByRole("button", { name: "撤销" }).click();
    await page.getByText("已撤销").waitFor();
    await expect.poll(async () => (await api.detail(target.id)).owner).toBeNull();
    await expect.poll(() => cell.textContent()).toBe("—");
    await page.close();
  });
});
