// TimelineChart in a real browser without the app: the component bundled with
// esbuild into a bare page (React StrictMode), fed a Timeline, its callbacks
// recorded in window.__events. `__setTimeline` and `__setView` change its props.
import path from "node:path";
import { tmpdir } from "node:os";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { Timeline } from "~/server/tracking/types";

const ROOT = path.resolve(import.meta.dirname, "..");
const ORIGIN = "http://gantt.test";

const ENTRY = `
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { TimelineChart } from "~/components/timeline/timeline-chart";
const w = window as any;
w.__events = [];
function App() {
  const [timeline, setTimeline] = useState(w.__TIMELINE__);
  const [viewMode, setViewMode] = useState(w.__VIEW__);
  const [selected, setSelected] = useState<number | null>(w.__FOCUS__);
  w.__setTimeline = setTimeline;
  w.__setView = setViewMode;
  const log = (type: string) => (e: object) => w.__events.push({ type, ...e });
  return <TimelineChart timeline={timeline} viewMode={viewMode} expandedInitiative={selected} initialFocus={w.__FOCUS__}
    onSelectInitiative={(id) => { w.__events.push({ type: "select", id }); setSelected(id); }}
    onViewModeChange={(mode) => { w.__events.push({ type: "view", mode }); setViewMode(mode); }}
    onGridChange={log("grid")}
    onMilestoneDateChange={log("milestone")} onInitiativeDatesChange={log("initiative")} onProgressChange={log("progress")} />;
}
createRoot(document.getElementById("root")!).render(<StrictMode><App /></StrictMode>);
`;

export interface ChartBundle {
  js: string;
  css: string;
}

export async function bundleChart(): Promise<ChartBundle> {
  const out = await build({
    stdin: { contents: ENTRY, loader: "tsx", resolveDir: ROOT, sourcefile: "harness.tsx" },
    bundle: true,
    write: false,
    outdir: path.join(tmpdir(), "gantt-harness"),
    format: "iife",
    jsx: "automatic",
    alias: { "~": ROOT },
    define: { "process.env.NODE_ENV": '"development"' },
    logLevel: "silent",
  });
  const bundle = { js: "", css: "" };
  for (const file of out.outputFiles) {
    if (file.path.endsWith(".js")) bundle.js = file.text;
    if (file.path.endsWith(".css")) bundle.css = file.text;
  }
  return bundle;
}

export interface OpenedChart {
  page: Page;
  errors: string[];
  /** alerts, confirms and prompts the page opened (each dismissed) */
  dialogs: string[];
  events: () => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** an initiative opened from a link */
  focus?: number;
  /** the browser's time zone (default Asia/Shanghai) */
  timezoneId?: string;
}

/** A page with the chart; the root fills the width (less a 20 px margin), so resizing the window resizes the chart. */
export async function openChart(
  browser: Browser,
  bundle: ChartBundle,
  timeline: Timeline,
  viewMode: string,
  opts: OpenOptions = {},
): Promise<OpenedChart> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: "zh-CN",
    timezoneId: opts.timezoneId ?? "Asia/Shanghai",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith("/app.js")) return route.fulfill({ contentType: "text/javascript", body: bundle.js });
    if (url.endsWith("/app.css")) return route.fulfill({ contentType: "text/css", body: bundle.css });
    if (url === `${ORIGIN}/`) {
      const data = JSON.stringify(timeline).replace(/</g, "\\u003c");
      return route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="/app.css"></head>
<body style="margin:0;font-family:sans-serif"><div style="height:${opts.focus ? 1200 : 0}px"></div>
<div id="root" style="margin:20px"></div>
<script>window.__TIMELINE__=${data};window.__VIEW__=${JSON.stringify(viewMode)};window.__FOCUS__=${opts.focus ?? null};</script>
<script src="/app.js"></script></body></html>`,
      });
    }
    return route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator(".gantt .bar-wrapper").first().waitFor();
  return {
    page,
    errors,
    dialogs,
    events: () => page.evaluate(() => (window as unknown as { __events: Record<string, unknown>[] }).__events),
    close: () => context.close(),
  };
}
