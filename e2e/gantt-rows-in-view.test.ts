// The chart draws only the rows around its view (windowed-gantt.ts), in a real
// browser: scrolled far down a large timeline, in every view mode, after
// folding, filtering and resizing, the grid's rows sit level with the bars
// drawn; an export still has every row.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeTimeline } from "~/components/testing/timeline-fixture";
import { launchBrowser } from "./app-server";
import { bundleChart, type ChartBundle, openChart } from "./chart-harness";
import { expectAligned } from "./grid-alignment";

let browser: Browser;
let bundle: ChartBundle;

beforeAll(async () => {
  bundle = await bundleChart();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const barsDrawn = (page: Page) => page.locator(".gantt .bar-wrapper").count();

/** Scrolls the chart's box to `top` and waits for the grid row and the bar of the row then at the top of the view. */
async function scrollTo(page: Page, top: number): Promise<void> {
  await page.locator(".gantt-container").evaluate((c, t) => (c.scrollTop = t), top);
  const row = Math.floor((await page.locator(".gantt-container").evaluate((c) => c.scrollTop)) / 36);
  const gridRow = page.locator(`.gantt-grid-body [aria-rowindex="${row + 2}"]`);
  await gridRow.waitFor();
  await page.locator(`.gantt .bar-wrapper[data-id="${await gridRow.getAttribute("data-id")}"]`).waitFor();
}

describe("the rows around the view", () => {
  for (const mode of ["Day", "Week", "Month", "Quarter"]) {
    it(`keeps every drawn row level with its bar far down a large timeline in ${mode} view`, async () => {
      const { page, errors, close } = await openChart(browser, bundle, largeTimeline(), mode);
      await expectAligned(page, 10);
      await scrollTo(page, 6000);
      await expectAligned(page, 10);
      expect(await barsDrawn(page)).toBeLessThan(60);
      // the grid's row bands are drawn there too (below the 74 px header, 36 px a row)
      const bands = await page
        .evaluate(() =>
          [...document.querySelectorAll(".gantt .grid-row")].filter((r) => {
            const y = Number(r.getAttribute("y"));
            return y >= 6000 + 74 && y < 6000 + 74 + 15 * 36;
          }),
        )
        .then((rows) => rows.length);
      expect(bands).toBe(15);
      await page.mouse.move(800, 400);
      await page.mouse.wheel(0, 400); // the wheel over the chart, a few rows at a time
      await page.mouse.wheel(0, 400);
      const tops = () => page.evaluate(() => [".gantt-container", ".gantt-grid"].map((s) => document.querySelector(s)!.scrollTop));
      await expect.poll(async () => (await tops())[0]).toBeGreaterThan(6000);
      await expect.poll(async () => new Set(await tops()).size).toBe(1); // the grid follows
      await scrollTo(page, (await tops())[0]!);
      await expectAligned(page, 10);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("stays level when a group is folded, the data filtered and the window resized while scrolled down", async () => {
    const { page, errors, close } = await openChart(browser, bundle, largeTimeline(), "Week");
    await page.getByRole("button", { name: "收起分组 O1 部门" }).click();
    await page.locator('.gantt .bar-wrapper[data-id="i-1"]').waitFor({ state: "detached" });
    await scrollTo(page, 6000);
    await expectAligned(page, 10);

    const filtered = largeTimeline();
    filtered.groups = filtered.groups.slice(0, 4); // 94 rows (O1 folded): the box is scrolled past their end
    await page.evaluate((t) => (window as unknown as { __setTimeline(t: unknown): void }).__setTimeline(t), filtered);
    await expect.poll(() => page.locator(".gantt-grid").getAttribute("aria-rowcount")).toBe("95");
    await page.locator('.gantt-grid-body [aria-rowindex="95"]').waitFor(); // the last row, now in view
    await page
      .locator(`.gantt .bar-wrapper[data-id="${await page.locator('.gantt-grid-body [aria-rowindex="95"]').getAttribute("data-id")}"]`)
      .waitFor();
    await expectAligned(page, 10);

    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(async () => (await page.locator(".gantt-split").boundingBox())!.width).toBe(860);
    await scrollTo(page, 1000);
    await expectAligned(page, 10);
    expect(errors).toEqual([]);
    await close();
  });

  it("exports every row of a large timeline, then draws only those around the view again", async () => {
    const { page, errors, close } = await openChart(browser, bundle, largeTimeline(), "Week");
    expect(await barsDrawn(page)).toBeLessThan(60);
    const [gridWidth, height] = await page.evaluate(() => [
      document.querySelector<HTMLElement>(".gantt-grid")!.offsetWidth,
      Number(document.querySelector(".gantt")!.getAttribute("height")),
    ]);
    await page.locator(".export-menu summary").click(); // the 导出 menu holds it
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出图片" }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.readUInt32BE(20)).toBe(Math.round(height * 2));
    // the last rows' bars (grey labels on coloured bars) are in the picture, as are the first rows'
    const ink = await page.evaluate(
      async ({ data, left }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement("canvas");
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const coloured = (y: number, h: number) => {
          const px = ctx.getImageData(left, y, img.width - left, h).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4)
            if (Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) > 40) n++;
          return n;
        };
        return { top: coloured(200, 1000), bottom: coloured(img.height - 1000, 1000) };
      },
      { data: png.toString("base64"), left: gridWidth * 2 },
    );
    // more than the today line (about 3 px by 1,000) could colour: bars
    expect(ink.top).toBeGreaterThan(20_000);
    expect(ink.bottom).toBeGreaterThan(20_000);
    await expect.poll(() => barsDrawn(page)).toBeLessThan(60);
    expect(errors).toEqual([]);
    await close();
  });

  it("cancels the hover of a bar taken off the page, by a scroll or a redraw", async () => {
    const { page, errors, close } = await openChart(browser, bundle, largeTimeline(), "Week");
    // frappe shows a hovered bar's date highlight from a 200 ms timer, and throws
    // if the bar is gone by then: the timer must be cleared when the bar goes
    await page.evaluate(() => {
      const w = window as unknown as { __hovers: { id: number; cleared: boolean }[] };
      w.__hovers = [];
      const [set, clear] = [window.setTimeout, window.clearTimeout];
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id = set(fn, ms);
        if (ms === 200) w.__hovers.push({ id, cleared: false });
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        for (const h of w.__hovers) if (h.id === id) h.cleared = true;
        clear(id);
      }) as typeof window.clearTimeout;
    });
    const hover = (id: string) =>
      page.locator(`.gantt .bar-wrapper[data-id="${id}"]`).evaluate((g) => g.dispatchEvent(new MouseEvent("mouseenter")));
    const hovers = () => page.evaluate(() => (window as unknown as { __hovers: { cleared: boolean }[] }).__hovers);

    await hover("i-1");
    await scrollTo(page, 6000);
    await page.locator('.gantt .bar-wrapper[data-id="i-1"]').waitFor({ state: "detached" });
    expect((await hovers()).map((h) => h.cleared)).toEqual([true]);

    const shown = await page.locator(".gantt .bar-wrapper.initiative").last().getAttribute("data-id");
    await hover(shown!);
    await page.evaluate(() => (window as unknown as { __setView(m: string): void }).__setView("Month"));
    await expect.poll(async () => (await hovers()).map((h) => h.cleared)).toEqual([true, true]);
    // a bar still drawn shows its highlight once its timer has run: the earlier timers have run too
    await hover((await page.locator(".gantt .bar-wrapper.initiative").first().getAttribute("data-id"))!);
    await page.locator(".date-range-highlight:not(.hide)").waitFor({ state: "attached" });
    expect(errors).toEqual([]);
    await close();
  });
});
