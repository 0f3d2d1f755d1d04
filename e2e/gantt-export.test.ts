// Exporting the chart in a real browser: the PNG is downloaded, its size read
// from its header, and its pixels read back to see the grid and the chart drawn.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeline } from "~/components/testing/timeline-fixture";
import { SHOTS, launchBrowser } from "./app-server";
import { bundleChart, type ChartBundle, openChart } from "./chart-harness";

let browser: Browser;
let bundle: ChartBundle;

beforeAll(async () => {
  bundle = await bundleChart();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("exporting the chart", () => {
  it("downloads a 2× PNG of the grid and the chart with every row, not blank", async () => {
    const { page, errors, close } = await openChart(browser, bundle, fixtureTimeline(), "Week");
    const [grid, chart, rows] = await page.evaluate(() => [
      document.querySelector<HTMLElement>(".gantt-grid")!.offsetWidth,
      document.querySelector<HTMLElement>(".gantt-container")!.clientWidth,
      Number(document.querySelector(".gantt")!.getAttribute("height")),
    ]);
    await page.locator(".export-menu summary").click(); // the 导出 menu holds it
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出图片" }).click()]);
    expect(download.suggestedFilename()).toBe("项目时间线-2024-12-20.png");
    const png = readFileSync((await download.path())!);
    await download.saveAs(path.join(SHOTS, "gantt-export.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    expect(size).toEqual({ width: Math.round((grid + chart) * 2), height: Math.round(rows * 2) });

    // read the pixels back: ink in the grid's names, in the chart's bars, and many colours
    const ink = await page.evaluate(
      async ({ data, gridWidth }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement("canvas");
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const count = (x: number, y: number, w: number, h: number) => {
          const px = ctx.getImageData(x, y, w, h).data;
          let dark = 0;
          const colours = new Set<number>();
          for (let i = 0; i < px.length; i += 4) {
            if (px[i]! + px[i + 1]! + px[i + 2]! < 384) dark++;
            colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
          }
          return { dark, colours: colours.size };
        };
        return {
          names: count(0, 150 * 2, gridWidth, 300 * 2),
          chart: count(gridWidth * 2, 150, img.width - gridWidth * 2, img.height - 150),
        };
      },
      { data: png.toString("base64"), gridWidth: grid * 2 },
    );
    expect(ink.names.dark).toBeGreaterThan(500);
    expect(ink.chart.dark).toBeGreaterThan(500);
    expect(ink.chart.colours).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(SHOTS, "gantt-export-page.png") });
    expect(errors).toEqual([]);
    await close();
  });
});
