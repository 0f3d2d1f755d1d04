// A timeline of 2,000 initiatives in the real app: the chart draws only the
// rows around the view, yet every row the view passes over, top to bottom, has
// its bar, level with its grid row; a row far down is dragged and the edit
// saved, its markers and detail panel work, and a link opens it in view.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, launchBrowser, openPage, signedInHeaders } from "./app-server";
import { startSeededServer } from "./seeded-server";
import { appApi, dragBy } from "./timeline-helpers";

let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  // one report of 2,250 items: about 2,000 initiatives (a tenth go unmentioned), 4–6 milestones each
  server = await startSeededServer({
    departments: 1,
    weeks: 1,
    initiativesPerDepartment: 2250,
    milestonesPerInitiative: { min: 4, max: 6 },
  });
  browser = await launchBrowser();
  api = appApi(server.url, await signedInHeaders(server));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface ScrollCheck {
  rows: number;
  steps: number;
  /** rows seen drawn and level with their bars, over all steps */
  visited: number;
  /** steps whose rows in view never all had a level bar: the first row that did not, and why */
  failures: { scrollTop: number; row: number; why: string }[];
  /** the most bars drawn at once */
  mostBars: number;
}

/**
 * Scrolls the chart's box from the top to the bottom, ten rows a step; at each
 * step waits (frame by frame, up to 10 s) until every row in view has its grid
 * row and its bar, their centres within 1.5 px.
 */
function scrollTopToBottom(page: Page): Promise<ScrollCheck> {
  return page.evaluate(async () => {
    const box = document.querySelector<HTMLElement>(".gantt-container")!;
    const table = document.querySelector<HTMLElement>(".gantt-grid")!;
    const rows = Number(table.getAttribute("aria-rowcount")) - 1;
    const header = document.querySelector<HTMLElement>(".gantt-grid-header")!.offsetHeight;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const mid = (r: DOMRect) => r.top + r.height / 2;
    const visited = new Set<number>();
    const failures: ScrollCheck["failures"] = [];
    let [steps, mostBars, rowHeight] = [0, 0, 0];

    /** the first row in view that is not drawn level with its bar, or null when all are */
    const notLevel = (): { row: number; why: string } | null => {
      const first = table.querySelector<HTMLElement>('.gantt-grid-body [role="row"]');
      rowHeight = first?.offsetHeight ?? 0;
      if (!rowHeight) return { row: -1, why: "no grid row" };
      const top = box.scrollTop;
      const from = Math.floor(top / rowHeight);
      const to = Math.min(rows, Math.ceil((top + box.clientHeight - header) / rowHeight));
      for (let row = from; row < to; row++) {
        const gridRow = table.querySelector<HTMLElement>(`.gantt-grid-body [aria-rowindex="${row + 2}"]`);
        if (!gridRow) return { row, why: "grid row not drawn" };
        const bar = box.querySelector(`.bar-wrapper[data-id="${gridRow.dataset.id}"] .bar`);
        if (!bar) return { row, why: "bar not drawn" };
        const off = Math.abs(mid(gridRow.getBoundingClientRect()) - mid(bar.getBoundingClientRect()));
        if (off > 1.5) return { row, why: `bar ${off.toFixed(1)} px off its row` };
      }
      for (let row = from; row < to; row++) visited.add(row);
      return null;
    };

    const bottom = box.scrollHeight - box.clientHeight;
    for (let target = 0; ; target = Math.min(bottom, target + 360)) {
      box.scrollTop = target;
      steps++;
      const deadline = performance.now() + 10_000;
      let missing = notLevel();
      while (missing && performance.now() < deadline) {
        await frame();
        missing = notLevel();
      }
      mostBars = Math.max(mostBars, box.querySelectorAll(".bar-wrapper").length);
      if (missing) failures.push({ scrollTop: box.scrollTop, ...missing });
      if (target >= bottom) break;
    }
    return { rows, steps, visited: visited.size, failures: failures.slice(0, 5), mostBars };
  });
}

/** Scrolls the chart's box to `row` and returns its task id once its grid row and bar are drawn. */
async function scrollToRow(page: Page, row: number): Promise<string> {
  await page.locator(".gantt-container").evaluate((box, r) => (box.scrollTop = r * 36 - 100), row);
  const gridRow = page.locator(`.gantt-grid-body [aria-rowindex="${row + 2}"]`);
  await gridRow.waitFor();
  const id = (await gridRow.getAttribute("data-id"))!;
  await page.locator(`.gantt .bar-wrapper[data-id="${id}"] .bar`).waitFor();
  return id;
}

describe("a timeline of 2,000 initiatives", () => {
  it("draws every row the view passes over, top to bottom, level with the grid, and only those around the view", async () => {
    const initiatives = await api.initiatives();
    expect(initiatives.length).toBeGreaterThanOrEqual(2000);
    const { page, dialogs } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();

    const check = await scrollTopToBottom(page);
    expect(check.failures).toEqual([]);
    expect(check.rows).toBeGreaterThan(2000); // the initiatives and their groups' headers
    expect(check.visited).toBe(check.rows);
    expect(check.mostBars).toBeLessThan(100);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("saves a drag on row 1,500, draws that row's milestones on its bar, and opens its detail panel", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    const id = await scrollToRow(page, 1499);
    expect(id).toMatch(/^i-\d+$/);
    const initiative = (await api.initiatives()).find((i) => `i-${i.id}` === id)!;

    // its milestones, collapsed onto the bar, are drawn with it
    for (const m of initiative.milestones) await page.locator(`.gantt-marker[data-id="d-${m.id}"]`).waitFor({ state: "attached" });

    const before = initiative.progress ?? 0;
    const handle = `.bar-wrapper[data-id="${id}"] .handle.progress`;
    await page.locator(`.gantt .bar-wrapper[data-id="${id}"]`).hover();
    await dragBy(page, handle, before < 50 ? 60 : -60);
    const prompt = page.getByRole("dialog", { name: "保存这次修改？" });
    await prompt.getByText(`「${initiative.name}」进度：`).waitFor();
    await prompt.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();
    const after = (await api.detail(initiative.id)).progress ?? 0;
    if (before < 50) expect(after).toBeGreaterThan(before);
    else expect(after).toBeLessThan(before);

    await page.locator(`.gantt .bar-wrapper[data-id="${id}"] .bar`).click({ force: true });
    await page.getByRole("region", { name: initiative.name }).waitFor();
    expect(new URL(page.url()).searchParams.get("initiative")).toBe(String(initiative.id));
    await page.close();
  });

  it("opens a link to an initiative far down with its row drawn and in view", async () => {
    const initiatives = await api.initiatives();
    const target = initiatives[1850]!;
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?initiative=${target.id}`);
    const bar = page.locator(`.gantt .bar-wrapper[data-id="i-${target.id}"] .bar`);
    await bar.waitFor();
    const inView = () =>
      bar.evaluate((b) => {
        const r = b.getBoundingClientRect();
        const box = document.querySelector(".gantt-container")!.getBoundingClientRect();
        return r.top >= Math.max(0, box.top) && r.bottom <= Math.min(window.innerHeight, box.bottom);
      });
    await expect.poll(inView).toBe(true);
    await page.locator(`.gantt-grid-row[data-id="i-${target.id}"]`).waitFor();
    await page.close();
  });
});
