// `npm run bench:ui`: time until the timeline chart of 300 initiatives /
// 1,500 milestones is drawn and answers input — as the app shows it (at this
// size milestones are collapsed onto their bars) and with every row — against
// bare frappe-gantt given every row. Headless Chromium (CHROMIUM_PATH).
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { largeTimeline } from "~/components/timeline/timeline-fixture";
import { COLLAPSE_ROWS, fullRowCount, timelineTasks } from "~/components/timeline/timeline-tasks";

const ROOT = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1000;

const chartEntry = (props: string) => `
    import { createRoot } from "react-dom/client";
    import { TimelineChart } from "~/components/timeline/timeline-chart";
    const w = window as any;
    w.__start = performance.now();
    createRoot(document.getElementById("root")!).render(<TimelineChart timeline={w.__TIMELINE__} viewMode="Week" ${props} />);`;

/** What each page draws: the timeline as the app shows it (milestones collapsed onto their bars at this size), every row expanded, bare frappe-gantt with every row. */
const ENTRIES = {
  chart: chartEntry(""),
  "chart-all": chartEntry("collapseMilestones={false}"),
  bare: `
    import Gantt from "frappe-gantt";
    import { toFrappeTasks } from "~/components/gantt/frappe-bridge";
    import { timelineTasks } from "~/components/timeline/timeline-tasks";
    const w = window as any;
    const tasks = toFrappeTasks(timelineTasks(w.__TIMELINE__).tasks);
    w.__start = performance.now();
    new Gantt(document.getElementById("root")!, tasks, { view_mode: "Week", infinite_padding: false, container_height: 640, popup: false });`,
};

async function bundle(contents: string): Promise<{ js: string; css: string }> {
  const out = await build({
    stdin: { contents, loader: "tsx", resolveDir: ROOT },
    bundle: true, write: false, outdir: "/tmp/bench-ui", format: "iife", jsx: "automatic", minify: true,
    alias: { "~": ROOT }, define: { "process.env.NODE_ENV": '"production"' }, logLevel: "silent",
  });
  return { js: out.outputFiles.find((f) => f.path.endsWith(".js"))?.text ?? "", css: out.outputFiles.find((f) => f.path.endsWith(".css"))?.text ?? "" };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const timeline = largeTimeline();
  const all = fullRowCount(timeline);
  const rowsOf: Record<keyof typeof ENTRIES, number> = {
    chart: timelineTasks(timeline, all > COLLAPSE_ROWS ? { collapsed: () => true } : {}).tasks.length,
    "chart-all": all,
    bare: all,
  };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
  const results: Record<string, number> = {};
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    const rows = rowsOf[name];
    const { js, css } = await bundle(entry);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.setContent(`<!doctype html><meta charset="utf-8"><style>${css}</style><div id="root" style="width:1240px"></div>`);
      await page.evaluate((t) => ((window as unknown as { __TIMELINE__: unknown }).__TIMELINE__ = t), timeline);
      await page.addScriptTag({ content: js });
      // drawn: every row has its bar; interactive: the next two frames have run (labels placed, input handled)
      const ms = await page.evaluate(async (n) => {
        const w = window as unknown as { __start: number };
        while (document.querySelectorAll(".bar-wrapper").length < n) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - w.__start;
      }, rows);
      times.push(ms);
      await page.close();
    }
    results[name] = median(times);
    console.log(`${name.padEnd(9)} ${String(rows).padStart(4)} 行：中位数 ${results[name]!.toFixed(0)} ms（${times.map((t) => t.toFixed(0)).join(" / ")}）`);
  }
  await browser.close();
  const ok = (results.chart ?? Infinity) < BUDGET_MS;
  const ratio = (a: number | undefined) => ((a ?? 0) / (results.bare ?? 1)).toFixed(2);
  console.log(`TimelineChart（默认，里程碑收起）/ 裸 frappe-gantt（${all} 行）= ${ratio(results.chart)}×`);
  console.log(`TimelineChart（全部展开）/ 裸 frappe-gantt（同样 ${all} 行）= ${ratio(results["chart-all"])}×`);
  console.log(`预算 ${BUDGET_MS} ms（默认视图）：${ok ? "通过" : "超出"}`);
  process.exit(ok ? 0 : 1);
}

void main();
