// TimelineChart in a real browser, without the app: the component is bundled
// with esbuild into a bare page (React StrictMode), fed a Timeline, and driven
// with the mouse. Screenshots go to E2E_SCREENSHOT_DIR (default: tmp).
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeline, largeTimeline } from "~/components/testing/timeline-fixture";
import type { Timeline } from "~/server/tracking/types";
import { SHOTS, launchBrowser } from "./app-server";
import { bundleChart, type ChartBundle, openChart } from "./chart-harness";
import { barOf, barsSettled, dragBy, revealInChart } from "./timeline-helpers";

let browser: Browser;
let bundle: ChartBundle;

beforeAll(async () => {
  bundle = await bundleChart();
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** The chart at 1280 × 800, its bars grown to their size. */
async function open(timeline: Timeline, viewMode: string, timezoneId?: string) {
  const opened = await openChart(browser, bundle, timeline, viewMode, { viewport: { width: 1280, height: 800 }, timezoneId });
  await barsSettled(opened.page);
  return opened;
}

const bar = barOf;

const sampleFile = process.env.GANTT_SAMPLE_TIMELINE; // a real Timeline JSON, optional
const timeline = (): Timeline => (sampleFile ? (JSON.parse(readFileSync(sampleFile, "utf8")) as Timeline) : fixtureTimeline());

describe("TimelineChart in a browser", () => {
  it("draws one chart (StrictMode) with group bands, bars, diamonds and baseline ghosts", async () => {
    const { page, errors, dialogs } = await open(timeline(), "Week");
    expect(await page.locator(".gantt-container").count()).toBe(1);
    expect(await page.locator(".bar-wrapper.group-header").count()).toBeGreaterThan(0);
    expect(await page.locator(".bar-wrapper.gantt-diamond").count()).toBeGreaterThan(0);
    expect(await page.locator(".gantt-marker.baseline").count()).toBeGreaterThan(0);
    expect(await page.locator(".gantt-today").count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "gantt-week.png") });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a hostile name as text and never runs it", async () => {
    const { page, dialogs } = await open(fixtureTimeline(), "Week");
    await expect(bar(page, "i-2").locator(".bar-label").textContent()).resolves.toBe("<img src=x onerror=alert(1)>");
    expect(await page.locator(".gantt img").count()).toBe(0);
    await bar(page, "i-2").locator(".bar-label").click();
    await page.locator(".popup-wrapper .title").waitFor();
    await expect(page.locator(".popup-wrapper .title").textContent()).resolves.toBe("<img src=x onerror=alert(1)>");
    expect(await page.locator(".popup-wrapper img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it("selects the initiative and shows the milestone popup on click", async () => {
    const { page, events } = await open(fixtureTimeline(), "Week");
    await bar(page, "m-11").locator(".bar").click({ force: true });
    const popup = page.locator(".popup-wrapper");
    await popup.locator(".title").waitFor();
    const text = await popup.textContent();
    expect(text).toContain("提测");
    expect(text).toContain("基线：2024-12-10");
    expect(text).toContain("延期 7 天");
    expect(text).toContain("已逾期");
    await page.screenshot({ path: path.join(SHOTS, "gantt-popup.png") });
    expect(await events()).toContainEqual({ type: "select", id: 1 });
    await page.context().close();
  });

  for (const zone of ["Asia/Shanghai", "America/Los_Angeles"]) {
    it(`drags a milestone one week later in Week view (${zone})`, async () => {
      const { page, events } = await open(fixtureTimeline(), "Week", zone);
      await dragBy(page, '.bar-wrapper[data-id="m-11"] .bar', 96); // one column = 7 days
      const milestone = (await events()).filter((e) => e.type === "milestone");
      expect(milestone).toEqual([{ type: "milestone", milestoneId: 11, version: 3, date: "2024-12-24", rangeStart: "2024-12-24" }]);
      // the drag's own closing click selects nothing; a click right after it does
      expect((await events()).filter((e) => e.type === "select")).toEqual([]);
      await bar(page, "i-1").locator(".bar").click({ force: true });
      expect((await events()).filter((e) => e.type === "select")).toEqual([{ type: "select", id: 1 }]);
      await page.context().close();
    });
  }

  it("drags a milestone in Month view by whole days (frappe's own dates would truncate to months)", async () => {
    const { page, events } = await open(fixtureTimeline(), "Month");
    await dragBy(page, '.bar-wrapper[data-id="m-11"] .bar', 26); // one 7-day snap of a 110 px month
    expect((await events()).filter((e) => e.type === "milestone")).toEqual([
      { type: "milestone", milestoneId: 11, version: 3, date: "2024-12-24", rangeStart: "2024-12-24" },
    ]);
    await page.context().close();
  });

  it("moves an initiative and keeps its length; resizing its end keeps the start", async () => {
    const { page, events } = await open(fixtureTimeline(), "Day");
    await revealInChart(page, '.bar-wrapper[data-id="i-2"] .bar');
    await dragBy(page, '.bar-wrapper[data-id="i-2"] .bar', 36 * 3, 20); // three days later
    await revealInChart(page, '.bar-wrapper[data-id="i-2"] .handle.right');
    await dragBy(page, '.bar-wrapper[data-id="i-2"] .handle.right', 36 * 2); // two more days at the end
    const got = (await events()).filter((e) => e.type === "initiative");
    expect(got).toEqual([
      { type: "initiative", initiativeId: 2, version: 1, startDate: "2024-11-21", endDate: "2024-12-30" },
      { type: "initiative", initiativeId: 2, version: 1, startDate: "2024-11-21", endDate: "2025-01-01" },
    ]);
    await page.context().close();
  });

  it("changes progress by dragging the handle", async () => {
    const { page, events } = await open(fixtureTimeline(), "Week");
    await bar(page, "i-1").hover();
    await dragBy(page, '.bar-wrapper[data-id="i-1"] .handle.progress', 60);
    const got = (await events()).filter((e) => e.type === "progress");
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ initiativeId: 1, version: 4 });
    expect(got[0]!.progress as number).toBeGreaterThan(60);
    await page.context().close();
  });

  it("does not let a group header be dragged", async () => {
    const { page, events } = await open(fixtureTimeline(), "Week");
    const box = await bar(page, "g-1").locator(".bar").boundingBox();
    await page.mouse.move(box!.x + 40, box!.y + box!.height / 2);
    await page.mouse.down();
    await page.mouse.move(box!.x + 240, box!.y + box!.height / 2, { steps: 10 });
    await page.mouse.up();
    expect((await events()).filter((e) => e.type !== "select")).toEqual([]);
    expect(await bar(page, "g-1").locator(".bar").boundingBox()).toEqual(box);
    await page.context().close();
  });

  it("refreshes in place when the data changes, and rebuilds once per view mode", async () => {
    const { page, errors } = await open(fixtureTimeline(), "Week");
    const scrollLeft = () => page.locator(".gantt-container").evaluate((c) => c.scrollLeft);
    const before = await scrollLeft();
    const next = fixtureTimeline();
    next.groups[0]!.initiatives[0]!.milestones[0]!.date = "2024-12-24";
    await page.evaluate((t) => (window as unknown as { __setTimeline(t: unknown): void }).__setTimeline(t), next);
    const expectedX = await bar(page, "i-1")
      .locator(".bar")
      .evaluate((b) => String(Number(b.getAttribute("x")) + 50 * (96 / 7)));
    await expect.poll(() => bar(page, "m-11").locator(".bar").getAttribute("x")).toBe(expectedX);
    expect(await page.locator(".gantt-container").count()).toBe(1);
    expect(Math.abs((await scrollLeft()) - before)).toBeLessThan(2); // the same days stay in view

    await page.getByRole("button", { name: "回到今天" }).click();
    const box = (await page.locator(".gantt-container").boundingBox())!;
    // in the middle of the chart, once the scroll has got there
    const todayAt = async () => ((await page.locator(".gantt-today").boundingBox())!.x - box.x) / box.width;
    await expect.poll(todayAt).toBeGreaterThan(0.45);
    await expect.poll(todayAt).toBeLessThan(0.55);
    for (const mode of ["Day", "Month", "Quarter"]) {
      const header = await page.locator(".lower-text").first().textContent();
      await page.evaluate((m) => (window as unknown as { __setView(m: string): void }).__setView(m), mode);
      await expect.poll(() => page.locator(".lower-text").first().textContent()).not.toBe(header);
      await barsSettled(page);
      expect(await page.locator(".gantt-container").count()).toBe(1);
      expect(await page.locator(".bar-wrapper.gantt-diamond").count()).toBe(6);
      await page.screenshot({ path: path.join(SHOTS, `gantt-${mode.toLowerCase()}.png`) });
    }
    await expect(page.locator(".lower-text", { hasText: "第4季度" }).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("collapses milestones of a large timeline onto their bars; a selected initiative and the toggle expand them", async () => {
    const { page, errors, dialogs } = await open(largeTimeline(), "Week");
    // 310 rows (10 groups + 300 initiatives): only those around the view are drawn
    const drawn = () => page.locator(".bar-wrapper").count();
    const initiatives = page.locator(".bar-wrapper.initiative");
    expect(await drawn()).toBeGreaterThan(15);
    expect(await drawn()).toBeLessThan(60);
    expect(await page.locator(".bar-wrapper.gantt-diamond").count()).toBe(0);
    // each drawn initiative's five milestones, on its bar
    const onBar = page.locator(".gantt-overlay-above .gantt-marker.on-bar");
    expect(await onBar.count()).toBe(5 * (await initiatives.count()));
    await expect(page.locator('.gantt-marker.on-bar[data-id="d-1"] title').textContent()).resolves.toBe("里程碑 1 2024-10-18（延期 7 天）");
    await page.screenshot({ path: path.join(SHOTS, "gantt-collapsed.png") });

    await bar(page, "i-1").locator(".bar").click({ force: true });
    await bar(page, "m-1").waitFor();
    expect(await page.locator(".bar-wrapper.gantt-diamond").count()).toBe(5);
    expect(await page.locator('.gantt-marker.on-bar[data-id="d-1"]').count()).toBe(0);
    // the redraw's overlay replaces the first one: the other drawn initiatives keep theirs
    expect(await onBar.count()).toBe(5 * ((await initiatives.count()) - 1));

    // at the bottom, the rows scrolled to are drawn with their markers
    await page.locator(".gantt-container").evaluate((c) => (c.scrollTop = c.scrollHeight));
    await bar(page, "i-300").waitFor(); // the last row
    await expect.poll(async () => (await onBar.count()) - 5 * (await initiatives.count())).toBe(0);
    expect(await page.locator('.gantt-marker.on-bar[data-id="d-1496"]').count()).toBe(1);
    expect(await drawn()).toBeLessThan(60);

    await page.getByRole("button", { name: "展开全部里程碑" }).click();
    await expect.poll(() => page.locator(".bar-wrapper.gantt-diamond").count()).toBeGreaterThan(0);
    expect(await drawn()).toBeLessThan(60); // of 1,810 rows
    expect(await page.locator(".gantt-marker.on-bar").count()).toBe(0);
    await page.locator(".gantt-container").evaluate((c) => (c.scrollTop = c.scrollHeight));
    await bar(page, "m-1500").waitFor(); // the last row
    await page.getByRole("button", { name: "收起里程碑" }).waitFor();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
