// `npm run bench:ui`: time until the timeline chart of 300 initiatives /
// 1,500 milestones is drawn and answers input — as the app shows it (at this
// size milestones are collapsed onto their bars) and with every row — against
// bare frappe-gantt given every row. Headless Chromium (CHROMIUM_PATH).
// Then the real page: the production build (npm run build) serving 300
// generated initiatives with ~1,500 milestones, from navigation to the chart
// answering input, opened again in a new tab of a browser that has seen it
// (the budget) and on a first visit with nothing cached (printed beside it).
// BENCH_NO_PAGE=1 skips it.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { signedInHeaders, signInPage, startAppServer } from "../e2e/app-server";
import { createClient } from "../server/db/create-client";
import { resolveDatabaseUrl } from "../server/db/database-url";
import { migrateDatabase } from "../server/db/migrate-database";
import { commitImport } from "../server/tracking/import/commit-import";
import type { Timeline } from "../server/tracking/types";
import { generateReports } from "./bench/generate-reports";
import { largeTimeline } from "~/components/testing/timeline-fixture";
import { COLLAPSE_ROWS, fullRowCount, timelineTasks } from "~/components/timeline/timeline-tasks";
import { testDepartmentId } from "../server/testing/test-department";

const ROOT = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1000;

const chartEntry = (props: string) => `
    import { createRoot } from "react-dom/client";
    import { TimelineChart } from "~/components/timeline/timeline-chart";
    const w = window as any;
    w.__start = performance.now();
    createRoot(document.getElementById("root")!).render(<TimelineChart timeline={w.__TIMELINE__} viewMode="Week" ${props} />);`;

/**
 * What each page draws: the timeline as the app shows it (milestones collapsed onto their bars at this size),
 * every row expanded, bare frappe-gantt with the same rows as each.
 */
const ENTRIES = {
  chart: chartEntry(""),
  "chart-all": chartEntry("collapseMilestones={false}"),
  // bare frappe-gantt with the rows the chart draws by default, then with every row
  "bare-same": `
    import Gantt from "frappe-gantt";
    import { toFrappeTasks } from "~/components/gantt/frappe-bridge";
    import { timelineTasks } from "~/components/timeline/timeline-tasks";
    const w = window as any;
    const tasks = toFrappeTasks(timelineTasks(w.__TIMELINE__, { collapsed: () => true }).tasks);
    w.__start = performance.now();
    new Gantt(document.getElementById("root")!, tasks, { view_mode: "Week", infinite_padding: false, container_height: 640, popup: false });`,
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
    bundle: true,
    write: false,
    outdir: "/tmp/bench-ui",
    format: "iife",
    jsx: "automatic",
    minify: true,
    alias: { "~": ROOT },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return {
    js: out.outputFiles.find((f) => f.path.endsWith(".js"))?.text ?? "",
    css: out.outputFiles.find((f) => f.path.endsWith(".css"))?.text ?? "",
  };
}

/** Rows the app draws for this timeline (milestones collapsed when it is large). */
const drawnRows = (t: Timeline) => timelineTasks(t, fullRowCount(t) > COLLAPSE_ROWS ? { collapsed: () => true } : {}).tasks.length;

/** The timeline page of the production server over generated reports: ms from navigation start to interactive, on a returning and a first visit. */
async function benchPage(browser: Browser): Promise<{ returning: number; first: number } | null> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("page      跳过：没有生产构建（先运行 npm run build）");
    return null;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bench-ui-page-"));
  const url = `file:${path.join(dir, "page.db")}`;
  const target = resolveDatabaseUrl(url);
  await migrateDatabase(target);
  const db = createClient(target);
  // 300 initiatives with 1,500 milestones between them, as the issue sizes it
  for (const r of generateReports({
    departments: 12,
    weeks: 12,
    initiativesPerDepartment: 25,
    milestonesPerInitiative: { min: 4, max: 6 },
  })) {
    await commitImport(db, r.text, { departmentId: await testDepartmentId(db), actor: "bench" });
  }
  await db.$disconnect();
  const server = await startAppServer({ DATABASE_URL: url, IMPORT_SAMPLES: "0" });
  try {
    const res = await fetch(`${server.url}/api/trpc/timeline.get?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
      headers: await signedInHeaders(server),
    });
    const timeline = ((await res.json()) as { result: { data: { json: Timeline } } }).result.data.json;
    const initiatives = timeline.groups.reduce((n, g) => n + g.initiatives.length, 0);
    const milestones = timeline.groups.reduce((n, g) => n + g.initiatives.reduce((m, i) => m + i.milestones.length, 0), 0);
    const rows = drawnRows(timeline);
    const load = async (page: Page) => {
      await signInPage(page, server);
      await page.goto(`${server.url}/`, { waitUntil: "commit" });
      return page.evaluate(async (n) => {
        while (document.querySelectorAll(".bar-wrapper").length < n) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now(); // since navigation start
      }, rows);
    };
    const viewport = { width: 1280, height: 800 };
    // First visit: a browser profile of its own each time, so nothing is cached
    // (scripts downloaded and compiled, fonts loaded, as on a first visit ever).
    const first: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport });
      const ms = await load(await context.newPage());
      if (run > 0) first.push(ms); // the first load warms the server up
      await context.close();
    }
    // Returning visit: a new tab in one browser profile that has opened the page
    // before (its HTTP and code caches warm), as for the PM who opens it weekly.
    const context = await browser.newContext({ viewport });
    await load(await context.newPage());
    const returning: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      returning.push(await load(page));
      await page.close();
    }
    await context.close();
    const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(" / ");
    console.log(`page      ${String(rows).padStart(4)} 行（${initiatives} 个项目 / ${milestones} 个里程碑）`);
    console.log(`  再次打开（新标签页，浏览器已有缓存）：中位数 ${median(returning).toFixed(0)} ms（${list(returning)}）`);
    console.log(`  首次访问（全新浏览器配置，无缓存）：中位数 ${median(first).toFixed(0)} ms（${list(first)}）`);
    return { returning: median(returning), first: median(first) };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const timeline = largeTimeline();
  const all = fullRowCount(timeline);
  const rowsOf: Record<keyof typeof ENTRIES, number> = {
    chart: drawnRows(timeline),
    "chart-all": all,
    "bare-same": drawnRows(timeline),
    bare: all,
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
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
    console.log(
      `${name.padEnd(9)} ${String(rows).padStart(4)} 行：中位数 ${results[name]!.toFixed(0)} ms（${times.map((t) => t.toFixed(0)).join(" / ")}）`,
    );
  }
  const page = process.env.BENCH_NO_PAGE ? null : await benchPage(browser);
  await browser.close();
  // the budget holds for the page as its users open it: in a browser that has opened it before
  const ok = (results.chart ?? Infinity) < BUDGET_MS && (page?.returning ?? 0) < BUDGET_MS;
  const ratio = (a: string, b: string) => ((results[a] ?? 0) / (results[b] ?? 1)).toFixed(2);
  console.log(`TimelineChart（默认，里程碑收起）/ 裸 frappe-gantt（同样 ${rowsOf.chart} 行）= ${ratio("chart", "bare-same")}×`);
  console.log(`TimelineChart（全部展开）/ 裸 frappe-gantt（同样 ${all} 行）= ${ratio("chart-all", "bare")}×`);
  console.log(`TimelineChart（默认）/ 裸 frappe-gantt 画全部 ${all} 行 = ${ratio("chart", "bare")}×`);
  console.log(`预算 ${BUDGET_MS} ms（组件默认视图${page === null ? "" : "与再次打开的真实页面"}）：${ok ? "通过" : "超出"}`);
  if (page) console.log(`首次访问（无缓存）${page.first < BUDGET_MS ? "也在" : "超出"}预算：${page.first.toFixed(0)} ms`);
  process.exit(ok ? 0 : 1);
}

void main();
