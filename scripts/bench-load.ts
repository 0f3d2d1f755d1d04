// `npm run bench:load`: 200 concurrent readers of a 2,000-initiative timeline
// against the production build (npm run build; built here when missing), with
// a bounded number of requests per phase: first loads on a cold cache, full
// loads again and again (clients without an HTTP cache), revalidations with
// If-None-Match (304), revalidations while a writer changes the timeline, and
// visits of the page (its HTML; the timeline comes from the API as above).
// Each phase prints requests/s, p50/p95/p99, errors and bytes on the wire, with
// ratios to a bare baseline measured in the same run (the same load on
// /api/health), and the server's peak resident memory.
// Budget (issue #10): p99 < 1 s, no errors, resident < 600 MB.
// BENCH_READERS, BENCH_REQUESTS and BENCH_INITIATIVES change the sizes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { Agent } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { GZIPPED_BODY_HEADER } from "../lib/http/gzipped-body";
import type { Timeline } from "../lib/timeline/types";
import { signedInHeaders, startAppServer } from "../e2e/app-server";
import { createClient } from "../server/db/create-client";
import { resolveDatabaseUrl } from "../server/db/database-url";
import { migrateDatabase } from "../server/db/migrate-database";
import { findOrCreateDepartment } from "../server/db/store/departments";
import { commitImport } from "../server/tracking/import/commit-import";
import { generateReports } from "./bench/generate-reports";
import { get, type LoadResult, loadAgent, percentile, type Reply, runLoad } from "./bench/load-client";
import { sampleRss, treePeakMb } from "./bench/process-memory";

const ROOT = path.resolve(import.meta.dirname, "..");
const READERS = Number(process.env.BENCH_READERS ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const INITIATIVES = Number(process.env.BENCH_INITIATIVES ?? 2000);
const BUDGET = { p99Ms: 1000, rssMb: 600 };
const DEPARTMENTS = 8;
const TIMELINE_PATH = `/api/trpc/timeline.get?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
/** What the app's tRPC client sends (lib/http/gzipped-body.ts) */
const APP_CLIENT = { "accept-encoding": "gzip, deflate, br, zstd", [GZIPPED_BODY_HEADER]: "gzip" };

/** A database of DEPARTMENTS departments, four weekly reports each, INITIATIVES initiatives between them. */
async function seed(url: string): Promise<void> {
  const target = resolveDatabaseUrl(url);
  await migrateDatabase(target);
  const db = createClient(target);
  const perDepartment = Math.ceil(INITIATIVES / DEPARTMENTS) - 1; // each report adds its 运维值班 line
  for (const r of generateReports({ departments: DEPARTMENTS, weeks: 4, initiativesPerDepartment: perDepartment })) {
    const department = await findOrCreateDepartment(db, r.name.replace(/-W\d+$/, ""));
    await commitImport(db, r.text, { departmentId: department.id, actor: "bench" });
  }
  await db.$disconnect();
}

interface Phase {
  name: string;
  result: LoadResult;
  /** the server's peak resident memory during the phase (MB) */
  rssMb: number;
}

function line(phase: Phase, baseline?: LoadResult): string {
  const { result } = phase;
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  const rate = result.requests / result.seconds;
  const statuses = Object.entries(result.statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  let text =
    `${phase.name.padEnd(22)} ${String(result.requests).padStart(5)} 次  ${rate.toFixed(0).padStart(6)} 次/s  ` +
    `p50 ${p50!.toFixed(1)} ms  p95 ${p95!.toFixed(1)} ms  p99 ${p99!.toFixed(1)} ms  最长 ${sorted.at(-1)!.toFixed(1)} ms  ` +
    `错误 ${result.errors}  传输 ${(result.bytes / 1e6).toFixed(1)} MB（${statuses}）  常驻 ${phase.rssMb.toFixed(0)} MB`;
  if (baseline) {
    const base = [...baseline.latencies].sort((a, b) => a - b);
    const baseRate = baseline.requests / baseline.seconds;
    const ratio = (p: number, value: number) => (value / percentile(base, p)).toFixed(1);
    text += `\n${"".padEnd(22)} 对照 /api/health：吞吐 ×${(rate / baseRate).toFixed(2)}  p50 ×${ratio(50, p50!)}  p99 ×${ratio(99, p99!)}`;
  }
  return text;
}

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("没有生产构建：先运行 npm run build …");
    execFileSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bench-load-"));
  const url = `file:${path.join(dir, "load.db")}`;
  const seeding = performance.now();
  await seed(url);
  const server = await startAppServer({ DATABASE_URL: url, IMPORT_SAMPLES: "0" });
  const rss = sampleRss(server.pid);
  const agent: Agent = loadAgent(READERS);
  try {
    const headers = await signedInHeaders(server);
    const cookie = { cookie: headers.cookie! };
    const timelineUrl = `${server.url}${TIMELINE_PATH}`;

    // what one reader gets: the timeline, and the same bytes compressed
    const plain = Buffer.from(await (await fetch(timelineUrl, { headers: cookie })).arrayBuffer());
    const timeline = (JSON.parse(plain.toString()) as { result: { data: { json: Timeline } } }).result.data.json;
    const initiatives = timeline.groups.flatMap((g) => g.initiatives);
    const gz = await get(agent, timelineUrl, { ...cookie, ...APP_CLIENT }, true);
    if (!gunzipSync(gz.body!).equals(plain)) throw new Error("压缩后的内容与原文不同");
    const revalidated = await get(agent, timelineUrl, { ...cookie, ...APP_CLIENT, "if-none-match": gz.etag ?? "" });
    if (revalidated.status !== 304 || revalidated.bytes !== 0) throw new Error(`带 If-None-Match 的请求应答 ${revalidated.status}`);
    const html = await get(agent, `${server.url}/`, cookie, true);
    if (html.status !== 200) throw new Error(`页面应答 ${html.status}`);
    if (html.body!.toString().includes(initiatives[0]!.name)) throw new Error("页面的 HTML 含有时间线（app/page.tsx 不应预取）");
    console.log(
      `时间线：${initiatives.length} 个项目，${timeline.groups.length} 个分组；JSON ${(plain.length / 1e6).toFixed(2)} MB，` +
        `gzip ${(gz.bytes / 1e3).toFixed(0)} KB；页面 HTML ${(html.bytes / 1e3).toFixed(0)} KB（准备 ${((performance.now() - seeding) / 1000).toFixed(0)} s）`,
    );
    console.log(`${READERS} 个并发读者；服务进程 ${server.pid}，开始时常驻内存 ${rss.peak().toFixed(0)} MB\n`);

    // the writer: one edit of another initiative's progress each time, bumping the tracking revision
    let edits = 0;
    const edit = async () => {
      const target = initiatives[edits++ % initiatives.length]!;
      const res = await fetch(`${server.url}/api/trpc/initiative.edit`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ json: { id: target.id, expectedVersion: target.version, progress: ((target.progress ?? 0) + 1) % 100 } }),
      });
      if (!res.ok) throw new Error(`修改失败（HTTP ${res.status}）: ${await res.text()}`);
      target.version++;
      target.progress = ((target.progress ?? 0) + 1) % 100;
    };

    const etags: (string | null)[] = Array.from({ length: READERS }, () => null);
    const load = (client: Record<string, string>, revalidate: boolean) => async (reader: number) => {
      const h: Record<string, string> = { ...cookie, ...client };
      const etag = etags[reader];
      if (revalidate && etag) h["if-none-match"] = etag;
      const reply: Reply = await get(agent, timelineUrl, h);
      if (reply.status === 200) etags[reader] = reply.etag;
      return reply;
    };
    const phases: Phase[] = [];
    const run = async (name: string, options: Parameters<typeof runLoad>[0]) => {
      rss.phase();
      const phase = { name, result: await runLoad(options), rssMb: 0 };
      phase.rssMb = rss.phasePeak();
      phases.push(phase);
      console.log(line(phase, phases[0]?.result));
    };

    // a server in use is warm: its keep-alive connections open and its route modules loaded
    for (const path of ["/api/health", TIMELINE_PATH]) {
      await runLoad({
        readers: READERS,
        total: READERS,
        next: () => get(agent, `${server.url}${path}`, { ...cookie, ...APP_CLIENT }),
        expected: [200],
      });
    }
    await run("对照 /api/health", {
      readers: READERS,
      total: REQUESTS,
      next: () => get(agent, `${server.url}/api/health`, APP_CLIENT),
      expected: [200],
    });
    await edit(); // the first loads find nothing cached
    await run("首次加载（缓存已失效）", { readers: READERS, total: READERS, next: load(APP_CLIENT, false), expected: [200] });
    await run("完整加载", { readers: READERS, total: REQUESTS / 2, next: load(APP_CLIENT, false), expected: [200] });
    await run("重新验证（304）", { readers: READERS, total: REQUESTS, next: load(APP_CLIENT, true), expected: [304] });
    const every = Math.floor(REQUESTS / 10);
    await run("重新验证 + 写入", {
      readers: READERS,
      total: REQUESTS,
      next: load(APP_CLIENT, true),
      expected: [200, 304],
      afterEach: (done) => (done % every === 0 ? edit() : undefined),
    });

    // the page: its HTML carries no timeline (app/page.tsx), the browser then reads it as above;
    // every other reader opens one department's view (?department=), as the portfolio's links do
    const departmentIds = timeline.groups.map((g) => g.departmentId);
    const visit = (reader: number) =>
      get(agent, `${server.url}/${reader % 2 ? `?department=${departmentIds[reader % departmentIds.length]}` : ""}`, {
        ...cookie,
        "accept-encoding": "gzip",
      });
    await run("页面 /（HTML）", { readers: READERS, total: REQUESTS / 4, next: visit, expected: [200] });

    const budgeted = phases.length;
    // other clients (curl, scripts) get the plain bytes, gzipped per response by next start when they accept it
    await run("其他客户端（gzip）", {
      readers: READERS,
      total: REQUESTS / 10,
      next: load({ "accept-encoding": "gzip" }, false),
      expected: [200],
    });
    await run("其他客户端（不压缩）", { readers: READERS, total: REQUESTS / 10, next: load({}, false), expected: [200] });

    const peak = Math.max(rss.peak(), 0);
    const hwm = treePeakMb(server.pid);
    const worstP99 = Math.max(
      ...phases.slice(1, budgeted).map((p) =>
        percentile(
          [...p.result.latencies].sort((a, b) => a - b),
          99,
        ),
      ),
    );
    const errors = phases.slice(0, budgeted).reduce((n, p) => n + p.result.errors, 0);
    console.log(
      `\n常驻内存峰值 ${peak.toFixed(0)} MB（采样），内核记录的峰值 ${hwm.toFixed(0)} MB；写入 ${edits} 次\n` +
        `预算（本应用的读者，不含“其他客户端”）：p99 < ${BUDGET.p99Ms} ms（最差 ${worstP99.toFixed(0)} ms）· 错误 0（${errors}）· 常驻 < ${BUDGET.rssMb} MB（${hwm.toFixed(0)} MB）`,
    );
    const ok = worstP99 < BUDGET.p99Ms && errors === 0 && hwm < BUDGET.rssMb;
    console.log(ok ? "符合预算" : "超出预算");
    process.exitCode = ok ? 0 : 1;
  } finally {
    rss.stop();
    agent.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
