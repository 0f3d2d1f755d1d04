// Reading the timeline chart right, in a real browser: it opens where the data
// is, keeps the middle day across view modes, fills the width, fits all on
// request; the legend names every colour; a popup is never clipped; a deep link
// brings its row into view.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureInitiative, fixtureMilestone, fixtureTimeline, largeTimeline } from "~/components/testing/timeline-fixture";
import type { Timeline } from "~/server/tracking/types";
import { launchBrowser } from "./app-server";
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

/** Where an element's centre is across the chart's box: 0 its left edge, 1 its right. */
const across = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const box = document.querySelector(".gantt-container")!.getBoundingClientRect();
    const el = document.querySelector(sel)!.getBoundingClientRect();
    return (el.left + el.width / 2 - box.left) / box.width;
  }, selector);

/** the view mode drawn, by its column width (view-modes.ts) */
const WIDTHS: Record<string, number> = { Day: 36, Week: 96, Month: 110, Quarter: 150 };
const columnWidth = (page: Page) =>
  page.evaluate(() =>
    Number.parseFloat(document.querySelector<HTMLElement>(".gantt-container")!.style.getPropertyValue("--gv-column-width")),
  );

const MILESTONE_11 = '.bar-wrapper[data-id="m-11"] .bar'; // 2024-12-17

describe("where the chart opens", () => {
  it("centres on today when the data reaches it", async () => {
    const { page, close } = await openChart(browser, bundle, fixtureTimeline(), "Week");
    await expect.poll(() => across(page, ".gantt-today")).toBeCloseTo(0.5, 1);
    await close();
  });

  it("centres on the latest report's week when today is past the data, and keeps that day centred across view modes", async () => {
    const old: Timeline = { ...fixtureTimeline(), today: "2026-06-01", latestWeek: "2024-W51" }; // W51's middle: 2024-12-19
    const { page, errors, close } = await openChart(browser, bundle, old, "Day");
    const dayWidth = await page.locator(".gantt-container").evaluate((c) => 36 / c.clientWidth);
    // 12-19 starts in the middle; 12-17's diamond sits in the middle of its day
    await expect.poll(() => across(page, MILESTONE_11)).toBeCloseTo(0.5 - 1.5 * dayWidth, 2);
    for (const mode of ["Week", "Month", "Quarter"]) {
      await page.evaluate((m) => (window as unknown as { __setView(m: string): void }).__setView(m), mode);
      await expect.poll(() => columnWidth(page)).toBe(WIDTHS[mode]);
      // centred, unless the chart is too short to scroll that far (the whole plan in view)
      const atEdge = () =>
        page.locator(".gantt-container").evaluate((c) => c.scrollLeft === 0 || c.scrollLeft >= c.scrollWidth - c.clientWidth - 1);
      await expect
        .poll(async () => ({ mode, centred: Math.abs((await across(page, MILESTONE_11)) - 0.5) < 0.06 || (await atEdge()) }))
        .toEqual({ mode, centred: true });
    }
    expect(errors).toEqual([]);
    await close();
  });

  it("fills the width with columns in Month and Quarter view, however short the plan", async () => {
    const short = fixtureTimeline();
    short.groups = short.groups.slice(0, 1);
    short.groups[0]!.initiatives = [short.groups[0]!.initiatives[1]!]; // six weeks
    for (const mode of ["Month", "Quarter"]) {
      const { page, close } = await openChart(browser, bundle, short, mode);
      const [grid, box] = await page.evaluate(() => [
        Number(document.querySelector(".gantt .grid-row")!.getAttribute("width")),
        document.querySelector(".gantt-container")!.clientWidth,
      ]);
      expect(grid).toBeGreaterThanOrEqual(box);
      await close();
    }
  });

  it("fits all: picks the view that holds every bar and shows them all", async () => {
    const { page, events, close } = await openChart(browser, bundle, fixtureTimeline(), "Day");
    await page.getByRole("button", { name: "适合全部" }).click();
    await expect.poll(async () => (await events()).filter((e) => e.type === "view")).toEqual([{ type: "view", mode: "Month" }]);
    await expect.poll(() => columnWidth(page)).toBe(WIDTHS.Month);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.querySelector(".gantt-container")!.getBoundingClientRect();
          return [...document.querySelectorAll(".gantt .bar-wrapper .bar")].every((b) => {
            const r = b.getBoundingClientRect();
            return r.left >= box.left - 1 && r.right <= box.right + 1;
          });
        }),
      )
      .toBe(true);
    await close();
  });
});

describe("reading the chart", () => {
  it("names every colour in the legend, the large slip's red and the early date's green included", async () => {
    const { page, close } = await openChart(browser, bundle, fixtureTimeline(), "Week");
    const items = await page.getByRole("list", { name: "图例" }).getByRole("listitem").allTextContents();
    expect(items).toEqual([
      "里程碑",
      "项目进度",
      "已延期",
      "延期 ≥ 14 天",
      "有风险",
      "已逾期",
      "已完成",
      "已暂停",
      "本周未提及（淡色）",
      "基线（首次计划日期）",
      "提前于基线",
      "今天",
    ]);
    // each swatch has a colour of its own
    const colours = await page.locator(".timeline-legend .swatch").evaluateAll((els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return `${s.backgroundColor} ${s.backgroundImage} ${s.borderColor} ${s.borderStyle} ${s.outlineColor} ${s.opacity} ${s.width}`;
      }),
    );
    expect(new Set(colours).size).toBe(items.length);
    await close();
  });

  it("shows a popup whole, even for the last row of a short chart box", async () => {
    const t = fixtureTimeline();
    t.groups = t.groups.slice(0, 1);
    t.groups[0]!.initiatives = [
      fixtureInitiative({
        ...t.groups[0]!.initiatives[0]!,
        milestones: [
          fixtureMilestone({ id: 11, title: "提测", date: "2024-12-17", baselineDate: "2024-12-10", slipDays: 7, timesMoved: 2 }),
        ],
      }),
    ];
    const { page, close } = await openChart(browser, bundle, t, "Week", { viewport: { width: 1280, height: 900 } });
    await page.locator(MILESTONE_11).click({ force: true });
    const popup = page.locator(".popup-wrapper .title");
    await popup.waitFor();
    const whole = await page.evaluate(() => {
      const p = document.querySelector(".popup-wrapper")!.getBoundingClientRect();
      const chart = document.querySelector(".gantt-container")!.getBoundingClientRect();
      // every corner of the popup is the popup on screen: nothing clips or covers it
      const corners = [
        [p.left + 2, p.top + 2],
        [p.right - 2, p.top + 2],
        [p.left + 2, p.bottom - 2],
        [p.right - 2, p.bottom - 2],
      ];
      return {
        beyondChart: p.bottom > chart.bottom,
        visible: corners.every(([x, y]) => document.elementFromPoint(x!, y!)?.closest(".popup-wrapper") !== null),
      };
    });
    expect(whole).toEqual({ beyondChart: true, visible: true });
    await close();
  });

  it("brings a linked initiative's row into view: the page, the chart and the grid", async () => {
    const { page, close } = await openChart(browser, bundle, largeTimeline(), "Week", {
      focus: 300,
      viewport: { width: 1280, height: 720 },
    });
    const inView = (selector: string) =>
      page.evaluate((sel) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        const box = document.querySelector(".gantt-container")!.getBoundingClientRect();
        return !!r && r.top >= Math.max(0, box.top) && r.bottom <= Math.min(window.innerHeight, box.bottom);
      }, selector);
    await expect.poll(() => inView('.bar-wrapper[data-id="i-300"] .bar')).toBe(true);
    await expect.poll(() => inView('.gantt-grid-row[data-id="i-300"]')).toBe(true);
    await expect(page.locator('.gantt-grid-row[data-id="i-300"]').getAttribute("aria-current")).resolves.toBe("true");
    await close();
  });
});
