// `npx tsx scripts/bench-ui.ts`: time until the timeline chart of 300
// initiatives / 1,500 milestones is drawn and answers input, against bare
// frappe-gantt given the same rows. Headless Chromium (CHROMIUM_PATH).
import path from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { fixtureInitiative, fixtureMilestone } from "~/components/timeline/timeline-fixture";
import type { Timeline } from "~/server/tracking/types";

const ROOT = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1000;

function bigTimeline(initiatives = 300, perInitiative = 5): Timeline {
  const day = (n: number) => new Date(Date.UTC(2024, 9, 1 + n)).toISOString().slice(0, 10);
  const groups = Array.from({ length: 10 }, (_, g) => ({ id: g + 1, name: `O${g + 1} 部门`, initiatives: [] as Timeline["groups"][number]["initiatives"] }));
  for (let i = 0; i < initiatives; i++) {
    const group = groups[i % groups.length]!;
    const start = (i * 7) % 120;
    const milestones = Array.from({ length: perInitiative }, (_, k) => {
      const d = start + 10 + k * 14;
      const slip = (i + k) % 4 === 0 ? 7 : 0;
      return fixtureMilestone({ id: i * perInitiative + k + 1, title: `里程碑 ${k + 1}`, date: day(d + slip), baselineDate: day(d), slipDays: slip, overdue: slip > 0 && k === 0 });
    });
    group.initiatives.push(fixtureInitiative({ id: i + 1, name: `项目 ${i + 1}`, groupId: group.id, group: group.name, startDate: day(start), endDate: day(start + 10 + (perInitiative - 1) * 14 + 7), progress: (i * 13) % 100, milestones }));
  }
  return { today: "2024-12-20", latestWeek: "2024-W51", groups };
}

const ENTRIES = {
  chart: `
    import { createRoot } from "react-dom/client";
    import { TimelineChart } from "~/components/timeline/timeline-chart";
    const w = window as any;
    w.__start = performance.now();
    createRoot(document.getElementById("root")!).render(<TimelineChart timeline={w.__TIMELINE__} viewMode="Week" />);`,
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
  const timeline = bigTimeline();
  const rows = timeline.groups.reduce((n, g) => n + 1 + g.initiatives.reduce((m, i) => m + 1 + i.milestones.length, 0), 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
  const results: Record<string, number> = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
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
    console.log(`${name.padEnd(6)} ${rows} 行：中位数 ${results[name]!.toFixed(0)} ms（${times.map((t) => t.toFixed(0)).join(" / ")}）`);
  }
  await browser.close();
  const ok = (results.chart ?? Infinity) < BUDGET_MS;
  console.log(`TimelineChart / 裸 frappe-gantt = ${((results.chart ?? 0) / (results.bare ?? 1)).toFixed(2)}×；预算 ${BUDGET_MS} ms：${ok ? "通过" : "超出"}`);
  process.exit(ok ? 0 : 1);
}

void main();
