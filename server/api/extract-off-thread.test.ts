// The server stays responsive while a report is read (issue 10): previews and
// imports read the report in a worker thread, so a hostile 2 MB preview in flight
// does not hold up `timeline.get`, and it is refused once past its time budget,
// with a clear message and nothing written. Were the report read on the request
// thread (extractInline), the first read below would wait for the whole budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtractPool, EXTRACT_WORKER_FILE, type ExtractPool } from "../extract-pool";
import { manyDatesInOneClause } from "../testing/hostile-reports";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { extractInline, type ReportExtractor } from "../tracking";
import { createCaller } from "./root";

/** Long enough for many reads while the hostile preview runs, short enough for a test. */
// well under the second or more the hostile report takes, on any machine
const BUDGET_MS = 500;
const IDLE_READS = 15;
const INITIATIVES = 600;

let temp: TempDatabase;
let pool: ExtractPool;
let api: ReturnType<typeof createCaller>;
let departmentId: number;

beforeAll(async () => {
  temp = await createTempDatabase();
  departmentId = await testDepartmentId(temp.db);
  pool = createExtractPool({ workerFile: EXTRACT_WORKER_FILE, budgetMs: BUDGET_MS });
  const user = await createTestUser(temp.db, { id: "reader", name: "读者" }, { [departmentId]: "editor" });
  api = createCaller({ db: temp.db, user, extract: pool.extract });
  // the setup is read in this thread: the budget is for the hostile report, not a loaded machine's setup
  const setup = createCaller({ db: temp.db, user, extract: extractInline });
  for (const [, text] of sampleReports()) await setup.importer.commit({ departmentId, text });
  // a timeline of some size, so that a read does real work (tens of ms) and the ratios mean something
  const items = Array.from({ length: INITIATIVES }, (_, i) => `${i + 1}. 项目${i}：进度${i % 100}%，12/${1 + (i % 28)}上线`);
  await setup.importer.commit({ departmentId, text: `# 2024-W51\n\nCreated: 2024年12月20日\n\n## 【O2 大项目】\n\n${items.join("\n")}\n` });
});
afterAll(async () => {
  await pool.close();
  await temp.dispose();
});

async function timedRead(): Promise<number> {
  const started = performance.now();
  const timeline = await api.timeline.get({});
  const took = performance.now() - started;
  expect(timeline.groups.length).toBeGreaterThan(0);
  return took;
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;
const median = (values: number[]) => quantile(values, 0.5);

describe("a hostile report in flight", () => {
  it("does not hold up timeline.get, and is refused past its budget with nothing written", { timeout: 60_000 }, async () => {
    for (let i = 0; i < 3; i++) await timedRead(); // warm-up: JIT, statement cache
    const idle: number[] = [];
    for (let i = 0; i < IDLE_READS; i++) idle.push(await timedRead());
    const reportsBefore = await temp.db.report.count();

    const hostile = manyDatesInOneClause(2_000_000);
    expect(Buffer.byteLength(hostile)).toBeGreaterThan(1_990_000);
    let settled = false;
    const preview = api.importer.preview({ departmentId, text: hostile }).then(
      () => ({ refused: null }),
      (error: unknown) => ({ refused: error }),
    );
    void preview.finally(() => (settled = true));

    // read again and again while the preview runs (it runs for the whole budget)
    const inFlight: number[] = [];
    while (!settled) {
      const took = await timedRead();
      if (!settled) inFlight.push(took);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { refused } = await preview;

    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/周报读取超过时间上限（0\.5 秒）已停止/) });
    expect(await temp.db.report.count()).toBe(reportsBefore);
    // Many reads while it ran. A read of the cached timeline takes a millisecond or two, so its
    // slowest calls are the machine's scheduling noise (the worker holds one core, other jobs
    // share the rest): the typical read is compared with an idle one, the slow tail with the
    // 200 ms the issue asks for, and no read may have waited for the report (most of its budget).
    expect(inFlight.length).toBeGreaterThanOrEqual(10);
    const idleMs = median(idle);
    const p90 = quantile(inFlight, 0.9);
    console.log(
      `timeline.get while a 2 MB report is read: idle median ${idleMs.toFixed(1)} ms; ${inFlight.length} reads in flight: ` +
        `median ${median(inFlight).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${Math.max(...inFlight).toFixed(1)} ms`,
    );
    // An idle read of 0.4 ms is below the timer's and the scheduler's noise: a ratio to it failed CI
    // at 3.02 (1.3 ms in flight), so the ratio is taken to at least a millisecond.
    expect(median(inFlight) / Math.max(idleMs, 1)).toBeLessThan(3);
    expect(p90).toBeLessThan(200);
    expect(Math.max(...inFlight)).toBeLessThan(BUDGET_MS * 0.8);
  });

  it("turns a preview away at once when every thread is busy and the line is full", async () => {
    const narrow = createExtractPool({ workerFile: EXTRACT_WORKER_FILE, budgetMs: 300, threads: 1, maxWaiting: 0 });
    try {
      const user = await createTestUser(temp.db, { id: "crowd", name: "排队者" }, { [departmentId]: "editor" });
      // tells when the slow report has taken the only thread (the pool takes it as soon as it is called)
      let reading: () => void = () => {};
      const holdsThread = new Promise<void>((resolve) => (reading = resolve));
      const extract: ReportExtractor = (text, options) => {
        reading();
        return narrow.extract(text, options);
      };
      const crowded = createCaller({ db: temp.db, user, extract });
      const slow = crowded.importer.preview({ departmentId, text: manyDatesInOneClause(2_000_000) }).catch((error: unknown) => error);
      await holdsThread;
      await expect(crowded.importer.preview({ departmentId, text: sampleReports()[0]![1] })).rejects.toMatchObject({
        code: "TOO_MANY_REQUESTS",
        message: "服务器正忙于读取其他周报，请稍后再试",
      });
      expect(await slow).toMatchObject({ code: "BAD_REQUEST" });
    } finally {
      await narrow.close();
    }
  });

  it("refuses an import past its budget the same way, and writes nothing", async () => {
    const quick = createExtractPool({ workerFile: EXTRACT_WORKER_FILE, budgetMs: 300, threads: 1 });
    try {
      const user = await createTestUser(temp.db, { id: "importer", name: "导入者" }, { [departmentId]: "editor" });
      const hurried = createCaller({ db: temp.db, user, extract: quick.extract });
      const before = { reports: await temp.db.report.count(), initiatives: await temp.db.initiative.count() };
      await expect(hurried.importer.commit({ departmentId, text: manyDatesInOneClause(2_000_000) })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/超过时间上限（0\.3 秒）/),
      });
      expect({ reports: await temp.db.report.count(), initiatives: await temp.db.initiative.count() }).toEqual(before);
    } finally {
      await quick.close();
    }
  });
});
