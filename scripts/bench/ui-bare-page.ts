// Bare frappe-gantt as a page of its own, for `npm run bench:ui`: an HTML page
// whose one script fetches the app's timeline as plain JSON and gives
// frappe-gantt its rows, served over loopback with the caching the app's page
// has (scripts kept, the data revalidated by its ETag), and timed as the app's
// page is: from navigation until every row is drawn and the page answers input,
// opened again in a new tab of a browser that has seen it. The baseline for the
// whole page, where bench-ui.ts's bare chart times frappe-gantt's drawing alone.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import type { Timeline } from "../../server/tracking/types";
import { drawnAt } from "./ui-ready";

/** Bare frappe-gantt as every baseline draws: its imports, and `draw(tasks)` with the options they all use. */
export const BARE_GANTT = `
    import Gantt from "frappe-gantt";
    import { toFrappeTasks } from "~/components/gantt/frappe-bridge";
    import { timelineTasks } from "~/components/timeline/timeline-tasks";
    const draw = (tasks: ReturnType<typeof toFrappeTasks>) =>
      new Gantt(document.getElementById("root")!, tasks, { view_mode: "Week", infinite_padding: false, container_height: 640, popup: false });`;

/** The page's script: fetch, map to frappe's rows (milestones collapsed, as the app shows a large timeline), draw. */
export const BARE_PAGE_ENTRY = `${BARE_GANTT}
    void fetch("/timeline.json").then((r) => r.json()).then((timeline) => {
      draw(toFrappeTasks(timelineTasks(timeline, { collapsed: () => true }).tasks));
    });`;

const VIEWPORT = { width: 1280, height: 800 };

/** ms from navigation to drawn, `runs` returning visits (a first visit warms the tab's cache). */
export async function timeBarePage(
  browser: Browser,
  bundle: { js: string; css: string },
  timeline: Timeline,
  rows: number,
  runs: number,
): Promise<number[]> {
  const json = JSON.stringify(timeline);
  const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="/bare.css"></head>` +
    `<body><div id="root" style="width:1240px"></div><script src="/bare.js" defer></script></body></html>`;
  const files: Record<string, { type: string; body: string; cache: string }> = {
    "/": { type: "text/html; charset=utf-8", body: html, cache: "private, no-cache" },
    "/bare.js": { type: "text/javascript", body: bundle.js, cache: "public, max-age=31536000, immutable" },
    "/bare.css": { type: "text/css", body: bundle.css, cache: "public, max-age=31536000, immutable" },
  };
  const server = createServer((req, res) => {
    if (req.url === "/timeline.json") {
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { "content-type": "application/json", "cache-control": "private, no-cache", etag }).end(json);
    }
    const file = files[req.url ?? ""];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": file.cache }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const load = async () => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "commit" });
      const ms = await page.evaluate(drawnAt, { rows, everyRow: true }); // since navigation start
      await page.close();
      return ms;
    };
    await load();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) times.push(await load());
    return times;
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
