// The real timeline page for `npm run bench:ui`: the production server over
// generated reports, timed from navigation start until the rows in view are
// drawn and the page answers input, opened again in a new tab of a browser that
// has seen it (the budget) and on a first visit with nothing cached.
import type { Browser, Page } from "playwright-core";
import { type AppServer, signedInHeaders, signInPage } from "../../e2e/app-server";
import { startSeededServer } from "../../e2e/seeded-server";
import type { Timeline } from "../../server/tracking/types";
import type { GenerateOptions } from "./generate-reports";
import { drawnAt } from "./ui-ready";
import { HYDRATION_MARK } from "~/lib/http/hydration-mark";
import { scrollFrames, type ScrollFrames } from "./ui-scroll";
import { COLLAPSE_ROWS, fullRowCount, timelineTasks } from "~/components/timeline/timeline-tasks";

export interface PageTimes {
  initiatives: number;
  milestones: number;
  /** rows the chart has (milestones collapsed when it is large) */
  rows: number;
  /** median ms, a new tab of a browser that opened the page before */
  returning: number;
  /** median ms, a fresh browser profile */
  first: number;
  returningRuns: number[];
  firstRuns: number[];
  /** median ms from navigation until the app starts hydrating (HYDRATION_MARK), returning visits */
  hydrating: number;
}

const VIEWPORT = { width: 1280, height: 800 };
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Rows the app draws for this timeline (milestones collapsed when it is large). */
export const drawnRows = (t: Timeline) => timelineTasks(t, fullRowCount(t) > COLLAPSE_ROWS ? { collapsed: () => true } : {}).tasks.length;

async function timelineOf(server: AppServer): Promise<Timeline> {
  const res = await fetch(`${server.url}/api/trpc/timeline.get?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
    headers: await signedInHeaders(server),
  });
  return ((await res.json()) as { result: { data: { json: Timeline } } }).result.data.json;
}

async function timePage(browser: Browser, server: AppServer, rows: number, runs: number) {
  /** ms since navigation start until drawn, and until the app started hydrating */
  const load = async (page: Page) => {
    await signInPage(page, server);
    await page.goto(`${server.url}/`, { waitUntil: "commit" });
    const drawn = await page.evaluate(drawnAt, { rows, everyRow: false });
    const hydrating = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, HYDRATION_MARK);
    return { drawn, hydrating };
  };
  // First visit: a browser profile of its own each time (scripts downloaded and compiled, fonts loaded)
  const first: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const { drawn } = await load(await context.newPage());
    if (run > 0) first.push(drawn); // the first load warms the server up
    await context.close();
  }
  // Returning visit: a new tab in one profile that has opened the page before, as for the PM who opens it weekly
  const context = await browser.newContext({ viewport: VIEWPORT });
  await load(await context.newPage());
  const returning: number[] = [];
  const hydrating: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    const times = await load(page);
    returning.push(times.drawn);
    hydrating.push(times.hydrating);
    await page.close();
  }
  await context.close();
  return { first, returning, hydrating: median(hydrating) };
}

/** Seeds, serves and times the page; with `scroll`, then scrolls its chart top to bottom. */
export async function benchPage(
  browser: Browser,
  reports: GenerateOptions,
  runs: number,
  scroll = false,
): Promise<{ times: PageTimes; scroll: ScrollFrames | null; timeline: Timeline }> {
  const server = await startSeededServer(reports);
  try {
    const timeline = await timelineOf(server);
    const initiatives = timeline.groups.reduce((n, g) => n + g.initiatives.length, 0);
    const milestones = timeline.groups.reduce((n, g) => n + g.initiatives.reduce((m, i) => m + i.milestones.length, 0), 0);
    const rows = drawnRows(timeline);
    const { first, returning, hydrating } = await timePage(browser, server, rows, runs);
    const times = {
      initiatives,
      milestones,
      rows,
      first: median(first),
      returning: median(returning),
      firstRuns: first,
      returningRuns: returning,
      hydrating,
    };
    if (!scroll) return { times, scroll: null, timeline };
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await signInPage(page, server);
    await page.goto(`${server.url}/`, { waitUntil: "commit" });
    await page.evaluate(drawnAt, { rows, everyRow: false });
    const frames = await scrollFrames(page);
    await context.close();
    return { times, scroll: frames, timeline };
  } finally {
    await server.stop();
  }
}
