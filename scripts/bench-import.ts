// npm run bench:import — imports 520 generated reports (10 departments × 52
// weeks) into an empty SQLite database, then times the timeline query over
// 1,000 initiatives / 5,000 milestones against a raw better-sqlite3 read of
// the same rows, both as served between writes (from the revision cache) and
// right after a write. Targets: import < 20 s in total; timeline p95 < 30 ms.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createClient } from "../server/db/create-client";
import { resolveDatabaseUrl } from "../server/db/database-url";
import { migrateDatabase } from "../server/db/migrate-database";
import { commitImport } from "../server/tracking/import/commit-import";
import { editInitiative } from "../server/tracking/edit/edit-initiative";
import { getTimeline } from "../server/tracking/read/get-timeline";
import { MILESTONE_COLUMNS } from "../server/tracking/read/timeline-rows";
import { generateReports } from "./bench/generate-reports";

const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function fresh(name: string) {
  const target = resolveDatabaseUrl(`file:${path.join(dir, name)}`);
  await migrateDatabase(target);
  return { target, db: createClient(target) };
}

async function benchImport() {
  const reports = generateReports({ departments: 10, weeks: 52 });
  const { db } = await fresh("import.db");
  const started = performance.now();
  const each: number[] = [];
  for (const r of reports) {
    const t = performance.now();
    await commitImport(db, r.text, { actor: "bench" });
    each.push(performance.now() - t);
  }
  const total = performance.now() - started;
  const counts = { initiatives: await db.initiative.count(), milestones: await db.milestone.count(), observations: await db.milestoneObservation.count() };
  await db.$disconnect();
  console.log(`import: ${reports.length} reports in ${(total / 1000).toFixed(2)} s (target < 20 s); median ${ms(percentile(each, 50))}, p95 ${ms(percentile(each, 95))} per report`);
  console.log(`        ${counts.initiatives} initiatives, ${counts.milestones} milestones, ${counts.observations} milestone observations`);
}

async function benchTimeline() {
  const { target, db } = await fresh("timeline.db");
  const group = await db.group.create({ data: { name: "O1 业务服务" } });
  for (let i = 0; i < 1000; i++) {
    const initiative = await db.initiative.create({ data: { name: `项目${i}`, groupId: group.id, startDate: "2024-11-01", lastSeenWeek: "2024-W47", progress: i % 100 } });
    await db.initiativeAlias.create({ data: { initiativeId: initiative.id, name: `项目${i}`, key: `项目${i}` } });
    await db.milestone.createMany({
      data: Array.from({ length: 5 }, (_, k) => ({
        initiativeId: initiative.id, key: `|e${k}`, title: `里程碑${k}`, date: `2024-12-${String(10 + k).padStart(2, "0")}`, rangeStart: "2024-12-01",
        precision: "day", state: "planned", baselineDate: "2024-12-05", baselineStart: "2024-12-05",
      })),
    });
  }
  await db.report.create({ data: { week: "2024-W47", reportDate: "2024-11-23", title: "t", rawText: "", contentHash: "h" } });
  const runs = 60;
  const read = async () => {
    const timeline = await getTimeline(db, { today: "2024-12-08" });
    if (timeline.groups[0]?.initiatives.length !== 1000) throw new Error("timeline is missing rows");
  };
  // served: the data has not changed since the last read (a page load between writes)
  const served = await timed(runs, read);
  // after a write: every read follows an edit, so nothing cached applies
  const first = (await getTimeline(db, { today: "2024-12-08" })).groups[0]!.initiatives[0]!;
  let version = first.version;
  const afterWrite = await timed(runs, read, async (i) => {
    const saved = await editInitiative(db, { id: first.id, expectedVersion: version, progress: 50 + (i % 50), actor: "bench", today: "2024-12-08" });
    version = saved.version;
  });
  await db.$disconnect();

  // the same columns of the same rows, straight from better-sqlite3
  const raw = new Database(target.provider === "sqlite" ? target.file : "", { readonly: true });
  const statements = [
    `SELECT "id", "department", "name", "groupId", "status", "progress", "startDate", "lastSeenWeek", "version" FROM "Initiative" ORDER BY "id"`,
    `SELECT ${Object.keys(MILESTONE_COLUMNS).map((c) => `"${c}"`).join(", ")} FROM "Milestone"`,
    `SELECT "initiativeId", "name" FROM "InitiativeAlias"`,
    `SELECT "id", "name" FROM "Group"`,
  ].map((sql) => raw.prepare(sql));
  const rawRead = await timed(runs, async () => {
    for (const s of statements) s.all();
  });
  raw.close();
  const line = (what: string, xs: number[]) => `${what}: median ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}`;
  console.log(`timeline (1,000 initiatives / 5,000 milestones), target p95 < 30 ms`);
  console.log(`  ${line("served (no write since the last read)", served)}`);
  console.log(`  ${line("right after a write (read again in full)", afterWrite)}`);
  console.log(`  ${line("raw better-sqlite3 read of the same columns", rawRead)}`);
  const rawP95 = percentile(rawRead, 95);
  console.log(`  ratio to raw, p95: served ${(percentile(served, 95) / rawP95).toFixed(2)}×, after a write ${(percentile(afterWrite, 95) / rawP95).toFixed(1)}×`);
}

/** Times `runs` calls of `fn` after 5 warm-up calls; `before` runs untimed before each. */
async function timed(runs: number, fn: () => Promise<void>, before?: (i: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    await before?.(i);
    const t = performance.now();
    await fn();
    if (i >= 5) times.push(performance.now() - t);
  }
  return times;
}

try {
  await benchImport();
  await benchTimeline();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
