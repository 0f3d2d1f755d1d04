// The task grid beside the chart, in a real browser: every grid row sits level
// with its bar at every view mode, after scrolling (the chart's box or the wheel
// over the grid), folding a group, filtering, resizing the window and moving the
// splitter; the rows in view are always drawn; a row click selects.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeline, largeTimeline } from "~/components/testing/timeline-fixture";
import { launchBrowser } from "./app-server";
import { bundleChart, type ChartBundle, openChart } from "./chart-harness";
import { alignment, expectAligned } from "./grid-alignment";

let browser: Browser;
let bundle: ChartBundle;

beforeAll(async () => {
  bundle = await bundleChart();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const chartScrollTop = (page: Page) => page.locator(".gantt-container").evaluate((c) => c.scrollTop);
const gridScrollTop = (page: Page) => page.locator(".gantt-grid").evaluate((g) => g.scrollTop);

describe("the task grid beside the chart", () => {
  for (const mode of ["Day", "Week", "Month", "Quarter"]) {
    it(`puts every row level with its bar in ${mode} view, and the grid's box level with the chart's`, async () => {
      const { page, errors, close } = await openChart(browser, bundle, fixtureTimeline(), mode);
      await expectAligned(page, 12);
      const grid = await page.locator(".gantt-grid").boundingBox();
      const chart = await page.locator(".gantt-container").boundingBox();
      expect(grid!.y).toBe(chart!.y);
      expect(grid!.height).toBe(chart!.height);
      await expect(page.locator('.gantt-grid-row[data-id="i-1"] [data-column="slip"]').textContent()).resolves.toBe("+7");
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("follows the chart's scroll, draws the rows that come into view, and scrolls the chart from the wheel over it", async () => {
    const { page, errors, close } = await openChart(browser, bundle, largeTimeline(), "Week");
    await expectAligned(page, 10);
    expect((await alignment(page)).rows).toBeLessThan(60); // 310 rows: only those around the view are drawn

    await page.locator(".gantt-container").evaluate((c) => (c.scrollTop = 4000));
    await expect.poll(() => gridScrollTop(page)).toBe(4000);
    await page.locator('.gantt-grid-body [aria-rowindex="115"]').waitFor(); // row 113 of 310: 4000 px down
    await expectAligned(page, 10);

    const grid = (await page.locator(".gantt-grid").boundingBox())!;
    await page.mouse.move(grid.x + 100, grid.y + 200);
    await page.mouse.wheel(0, 720);
    await expect.poll(() => chartScrollTop(page)).toBe(4720);
    await expect.poll(() => gridScrollTop(page)).toBe(4720);
    await expectAligned(page, 10);

    await page.locator(".gantt-container").evaluate((c) => (c.scrollTop = c.scrollHeight));
    await page.locator('.gantt-grid-body [aria-rowindex="311"]').waitFor(); // the last row
    await expect.poll(async () => (await gridScrollTop(page)) === (await chartScrollTop(page))).toBe(true);
    await expectAligned(page, 10);
    expect(errors).toEqual([]);
    await close();
  });

  it("folds a group to its header row in the grid and the chart alike, and opens it again", async () => {
    const { page, events, close } = await openChart(browser, bundle, fixtureTimeline(), "Week");
    await page.getByRole("button", { name: "收起分组 O1 业务服务" }).click();
    await page.locator('.gantt .bar-wrapper[data-id="i-1"]').waitFor({ state: "detached" });
    expect(await page.locator(".gantt-grid-body .gantt-grid-row").count()).toBe(6);
    expect(await page.locator(".gantt .bar-wrapper").count()).toBe(6);
    await expectAligned(page, 6);
    expect((await events()).filter((e) => e.type === "grid").at(-1)).toEqual({
      type: "grid",
      columns: ["progress", "end", "slip"],
      folded: [1],
    });
    await page.getByRole("button", { name: "展开分组 O1 业务服务" }).click();
    await page.locator('.gantt .bar-wrapper[data-id="i-1"]').waitFor();
    await expectAligned(page, 12);
    await close();
  });

  it("stays level after filtering, resizing the window and moving the splitter", async () => {
    const { page, errors, close } = await openChart(browser, bundle, fixtureTimeline(), "Week");
    const filtered = fixtureTimeline();
    filtered.groups = filtered.groups.slice(1);
    await page.evaluate((t) => (window as unknown as { __setTimeline(t: unknown): void }).__setTimeline(t), filtered);
    await page.locator('.gantt .bar-wrapper[data-id="i-1"]').waitFor({ state: "detached" });
    await expectAligned(page, 5);

    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(async () => (await page.locator(".gantt-split").boundingBox())!.width).toBe(860);
    await expectAligned(page, 5);

    const splitter = (await page.getByRole("separator", { name: "拖动调整表格宽度" }).boundingBox())!;
    const before = (await page.locator(".gantt-grid").boundingBox())!.width;
    await page.mouse.move(splitter.x + 3, splitter.y + 100);
    await page.mouse.down();
    await page.mouse.move(splitter.x + 60, splitter.y + 100, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await page.locator(".gantt-grid").boundingBox())!.width).toBe(before + 57);
    await expectAligned(page, 5);
    expect(errors).toEqual([]);
    await close();
  });

  it("selects an initiative by its row, as a bar click does, and shows or hides columns", async () => {
    const { page, events, close } = await openChart(browser, bundle, fixtureTimeline(), "Week");
    await page.locator('.gantt-grid-row[data-id="i-3"]').click();
    await expect.poll(events).toContainEqual({ type: "select", id: 3 });
    await expect(page.locator('.gantt-grid-row[data-id="i-3"]').getAttribute("aria-current")).resolves.toBe("true");

    await page.getByText("显示列").click();
    await page.getByRole("checkbox", { name: "状态" }).check();
    await page.getByRole("checkbox", { name: "进度" }).uncheck();
    await expect(page.getByRole("columnheader").allTextContents()).resolves.toEqual(["名称", "当前日期", "延期(天)", "状态"]);
    await expect(page.locator('.gantt-grid-row[data-id="m-11"] [data-column="state"]').textContent()).resolves.toBe("已逾期");
    expect((await events()).filter((e) => e.type === "grid").at(-1)).toEqual({
      type: "grid",
      columns: ["end", "slip", "state"],
      folded: [],
    });
    await expectAligned(page, 12);
    await close();
  });
});

describe("printing the chart", () => {
  it("prints every row of grid and chart, level with each other", async () => {
    const { page, close } = await openChart(browser, bundle, largeTimeline(), "Week");
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.locator('.gantt-grid-body [aria-rowindex="311"]').waitFor({ state: "attached" });
    expect(await page.locator(".gantt-grid-body .gantt-grid-row").count()).toBe(310);
    const [box, svg] = await page.evaluate(() => [
      document.querySelector(".gantt-container")!.getBoundingClientRect().height,
      Number(document.querySelector(".gantt")!.getAttribute("height")),
    ]);
    expect(box).toBeGreaterThanOrEqual(svg); // the box grew to every row
    expect(await page.locator(".gantt-splitter").isVisible()).toBe(false);
    const a = await alignment(page);
    expect(a.off).toEqual([]);
    expect(a.rows).toBe(310);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    await expect.poll(() => page.locator(".gantt-grid-body .gantt-grid-row").count()).toBeLessThan(60);
    await close();
  });
});
