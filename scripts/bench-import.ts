// npm run bench:import — imports 520 generated reports (10 departments × 52
// weeks) into an empty SQLite database, then times the timeline query over
// 1,000 initiatives / 5,000 milestones against a raw better-sqlite3 read of
// the same rows. Targets: import < 20 s in total; timeline p95 < 30 ms.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createClient } from "../server/db/create-client";
import { resolveDatabaseUrl } from "../server/db/database-url";
import { migrateDatabase } from "../server/db/migrate-database";
import { commitImport } from "../server/tracking/commit-import";
import { getTimeline } from "../server/tracking/get-timeline";
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
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const t = performance.now();
    const timeline = await getTimeline(db, { today: "2024-12-08" });
    if (i >= 5) times.push(performance.now() - t);
    if (i === 0 && timeline.groups[0]?.initiatives.length !== 1000) throw new Error("timeline is missing rows");
  }
  await db.$disconnect();
  const raw = new Database(target.provider === "sqlite" ? target.file : "", { readonly: true });
  const read = raw.prepare(
    `SELECT i.*, g.name AS groupName, m.* FROM Initiative i JOIN "Group" g ON g.id = i.groupId LEFT JOIN Milestone m ON m.initiativeId = i.id`,
  );
  const aliases = raw.prepare(`SELECT * FROM InitiativeAlias`);
  const rawTimes: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const t = performance.now();
    read.all();
    aliases.all();
    if (i >= 5) rawTimes.push(performance.now() - t);
  }
  raw.close();
  const p95 = percentile(times, 95);
  const rawP95 = percentile(rawTimes, 95);
  console.log(`timeline (1,000 initiatives / 5,000 milestones): median ${ms(percentile(times, 50))}, p95 ${ms(p95)} (target < 30 ms)`);
  console.log(`raw better-sqlite3 read of the same rows: median ${ms(percentile(rawTimes, 50))}, p95 ${ms(rawP95)}; ratio p95 ${(p95 / rawP95).toFixed(1)}×`);
}

try {
  await benchImport();
  await benchTimeline();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
