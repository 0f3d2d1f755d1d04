// npm run bench:import — imports 520 generated reports (10 departments × 52
// weeks) into an empty database and prints the time per report of the first
// and the last 50 (their ratio shows whether an import's cost grows with the
// size of the database); then times the timeline query over 1,000
// initiatives / 5,000 milestones, served between writes (from the revision
// cache) and right after a write, against a raw driver read of the same
// columns in the same run. SQLite always; PostgreSQL too when
// TEST_DATABASE_URL names a server (bash .ci/with-postgres.sh npm run bench:import).
// Targets: whole import < 15 s, last 50 / first 50 ≤ 1.3×, timeline after a write ≤ 1.5× raw (p95), served < 1 ms.
import Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "../server/db/create-client";
import { pgConnectionConfig, type DatabaseTarget } from "../server/db/database-url";
import { TIMELINE_QUERIES } from "../server/db/store/timeline-rows";
import { createTempDatabase, testDatabaseUrl } from "../server/testing/temp-database";
import { commitImport } from "../server/tracking/import/commit-import";
import { editInitiative } from "../server/tracking/edit/edit-initiative";
import { getTimeline } from "../server/tracking/read/get-timeline";
import { generateReports } from "./bench/generate-reports";
import { testDepartmentId } from "../server/testing/test-department";

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function benchImport(provider: DatabaseTarget["provider"]) {
  const reports = generateReports({ departments: 10, weeks: 52 });
  const temp = await createTempDatabase({ provider });
  const { db } = temp;
  try {
    const started = performance.now();
    const each: number[] = [];
    for (const r of reports) {
      const t = performance.now();
      await commitImport(db, r.text, { departmentId: await testDepartmentId(db), actor: "bench" });
      each.push(performance.now() - t);
    }
    const total = performance.now() - started;
    const counts = {
      initiatives: await db.initiative.count(),
      milestones: await db.milestone.count(),
      observations: await db.milestoneObservation.count(),
    };
    const first = mean(each.slice(0, 50));
    const last = mean(each.slice(-50));
    console.log(
      `import: ${reports.length} reports in ${(total / 1000).toFixed(2)} s (target < 15 s); ` +
        `median ${ms(percentile(each, 50))}, p95 ${ms(percentile(each, 95))} per report`,
    );
    console.log(
      `        ${counts.initiatives} initiatives, ${counts.milestones} milestones, ${counts.observations} milestone observations`,
    );
    console.log(`        first 50: ${ms(first)} per report, last 50: ${ms(last)} per report`);
    console.log(`last 50 / first 50: ${(last / first).toFixed(2)}× (target ≤ 1.3×)`);
  } finally {
    await temp.dispose();
  }
}

async function seedTimeline(db: Db) {
  const departmentId = await testDepartmentId(db);
  const group = await db.group.create({ data: { departmentId, name: "O1 业务服务" } });
  for (let i = 0; i < 1000; i++) {
    const initiative = await db.initiative.create({
      data: { departmentId, name: `项目${i}`, groupId: group.id, startDate: "2024-11-01", lastSeenWeek: "2024-W47", progress: i % 100 },
    });
    await db.initiativeAlias.create({ data: { initiativeId: initiative.id, departmentId, name: `项目${i}`, key: `项目${i}` } });
    await db.milestone.createMany({
      data: Array.from({ length: 5 }, (_, k) => ({
        initiativeId: initiative.id,
        key: `|e${k}`,
        title: `里程碑${k}`,
        date: `2024-12-${String(10 + k).padStart(2, "0")}`,
        rangeStart: "2024-12-01",
        precision: "day",
        state: "planned",
        baselineDate: "2024-12-05",
        baselineStart: "2024-12-05",
      })),
    });
  }
  await db.report.create({ data: { departmentId, week: "2024-W47", reportDate: "2024-11-23", title: "t", rawText: "", contentHash: "h" } });
}

/** The same queries the store runs, straight through the driver: no Prisma at all. */
async function rawReader(target: DatabaseTarget): Promise<{ read: () => Promise<void>; close: () => Promise<void> }> {
  if (target.provider === "sqlite") {
    const raw = new Database(target.file, { readonly: true });
    const statements = TIMELINE_QUERIES.map((sql) => raw.prepare(sql));
    return {
      read: async () => {
        for (const s of statements) s.all();
      },
      close: async () => void raw.close(),
    };
  }
  const client = new pg.Client(pgConnectionConfig(target));
  await client.connect();
  return {
    read: async () => {
      for (const sql of TIMELINE_QUERIES) await client.query(sql);
    },
    close: () => client.end(),
  };
}

async function benchTimeline(provider: DatabaseTarget["provider"]) {
  const temp = await createTempDatabase({ provider });
  const { db, target } = temp;
  try {
    await seedTimeline(db);
    const runs = 100;
    const read = async () => {
      const timeline = await getTimeline(db, { today: "2024-12-08" });
      if (timeline.groups[0]?.initiatives.length !== 1000) throw new Error("timeline is missing rows");
    };
    const raw = await rawReader(target);
    const first = (await getTimeline(db, { today: "2024-12-08" })).groups[0]!.initiatives[0]!;
    let version = first.version;
    let writes = 0;
    const write = async () => {
      writes++;
      const saved = await editInitiative(db, {
        id: first.id,
        expectedVersion: version,
        progress: 50 + (writes % 50),
        actor: "bench",
        today: "2024-12-08",
      });
      version = saved.version;
    };
    // served: no write since the last read (a page load between writes)
    const served = await timed(runs, read);
    // after a write: every read follows an edit, so nothing cached applies. The raw
    // read follows the same kind of write, taking turns with ours, so both meet the
    // same machine load.
    const afterWrite: number[] = [];
    const rawRead: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      for (const [fn, times] of [
        [read, afterWrite],
        [raw.read, rawRead],
      ] as const) {
        await write();
        const t = performance.now();
        await fn();
        if (i >= 5) times.push(performance.now() - t);
      }
    }
    await raw.close();
    const line = (what: string, xs: number[]) => `${what}: median ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}`;
    console.log(`timeline (1,000 initiatives / 5,000 milestones)`);
    console.log(`  ${line("served (no write since the last read)", served)} (target p95 < 1 ms)`);
    console.log(`  ${line("right after a write (read again in full)", afterWrite)}`);
    console.log(`  ${line(`raw ${provider === "sqlite" ? "better-sqlite3" : "pg"} read of the same columns`, rawRead)}`);
    console.log(`after a write / raw, p95: ${(percentile(afterWrite, 95) / percentile(rawRead, 95)).toFixed(2)}× (target ≤ 1.5×)`);
  } finally {
    await temp.dispose();
  }
}

/** Times `runs` calls of `fn` after 5 warm-up calls. */
async function timed(runs: number, fn: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const t = performance.now();
    await fn();
    if (i >= 5) times.push(performance.now() - t);
  }
  return times;
}

const providers: DatabaseTarget["provider"][] = testDatabaseUrl() ? ["sqlite", "postgresql"] : ["sqlite"];
for (const provider of providers) {
  console.log(`\n== ${provider} ==`);
  await benchImport(provider);
  await benchTimeline(provider);
}
