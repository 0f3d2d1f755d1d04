// Two app processes on one database, each a node process with its own client.
// Runs on SQLite in `npm test` and on PostgreSQL in `npm run test:pg`.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { commitImport } from "../tracking/import/commit-import";
import { readTimelineDump } from "../tracking/read/timeline-dump";
import type { Db } from "./create-client";
import type { WorkerCommand, WorkerReply } from "../testing/concurrency-worker";
import { testDepartmentId } from "../testing/test-department";

const TODAY = "2024-12-14";
const PROVIDER = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "SQLite";

interface Worker {
  send(command: WorkerCommand): Promise<WorkerReply>;
  close(): Promise<void>;
}

async function startWorker(url: string): Promise<Worker> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "../testing/concurrency-worker.ts"), url],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error("worker exited");
    return JSON.parse(line.value) as unknown;
  };
  expect(await next()).toEqual({ ready: true });
  return {
    async send(command) {
      child.stdin!.write(`${JSON.stringify(command)}\n`);
      return (await next()) as WorkerReply;
    },
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}

let temp: TempDatabase;
let workers: Worker[];
beforeEach(async () => {
  temp = await createTempDatabase();
  workers = await Promise.all([startWorker(temp.target.url), startWorker(temp.target.url)]);
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await temp.dispose();
});

/** The timeline without database ids, which depend on the order rows were created in. */
async function timelineWithoutIds(db: Db) {
  const dump = await readTimelineDump(db, { today: TODAY });
  return dump.projects.map(({ id: _id, ...p }) => p).sort((a, b) => a.name.localeCompare(b.name));
}

describe(`two processes editing one milestone (${PROVIDER})`, () => {
  it("let exactly one of two edits of the same version win; the other is told of the conflict", async () => {
    await commitImport(
      temp.db,
      "# 2024-W45\n\nCreated: 2024年11月9日 10:00\n\n## 【O1 业务服务】\n\n1. 长沙佣金存管：预计11/25支付上线。\n",
      { departmentId: await testDepartmentId(temp.db), actor: "t" },
    );
    const { id } = await temp.db.milestone.findFirstOrThrow();
    // Several rounds, so the two transactions really overlap at least once.
    for (let round = 0; round < 5; round++) {
      const { version } = await temp.db.milestone.findUniqueOrThrow({ where: { id } });
      const dates = [`2024-12-${10 + round * 2}`, `2024-12-${11 + round * 2}`];
      const replies = await Promise.all(
        workers.map((w, i) =>
          w.send({ op: "edit", edit: { id, expectedVersion: version, date: dates[i], reason: `by ${i}`, actor: `pm-${i}`, today: TODAY } }),
        ),
      );
      const winners = replies.flatMap((r, i) => (r.ok ? [i] : []));
      expect(winners, `round ${round}: ${JSON.stringify(replies)}`).toHaveLength(1);
      const winner = winners[0]!;
      expect(replies[1 - winner]).toMatchObject({ ok: false, name: "TrackingError", code: "conflict" });

      const saved = await temp.db.milestone.findUniqueOrThrow({ where: { id } });
      expect(saved.date).toBe(dates[winner]);
      expect(saved.version).toBeGreaterThan(version);
      const log = await temp.db.editLog.findMany({ where: { entity: "milestone", entityId: id }, orderBy: { id: "asc" } });
      expect(log).toHaveLength(round + 1);
      expect(log.at(-1)).toMatchObject({ newValue: dates[winner], actor: `pm-${winner}` });
    }
  });
});

describe(`two processes importing at once (${PROVIDER})`, () => {
  const texts = sampleReports().map(([, text]) => text);

  /** The weeks in the order their imports committed (serialised, so report ids follow it). */
  async function commitOrder() {
    const reports = await temp.db.report.findMany({ orderBy: { id: "asc" }, select: { rawText: true } });
    return reports.map((r) => r.rawText);
  }

  async function sequentially(order: string[]) {
    const db = await createTempDatabase({ provider: temp.target.provider });
    try {
      for (const text of order) await commitImport(db.db, text, { departmentId: await testDepartmentId(db.db), actor: "t" });
      return {
        timeline: await timelineWithoutIds(db.db),
        initiatives: await db.db.initiative.count(),
        aliases: await db.db.initiativeAlias.count(),
        groups: await db.db.group.count(),
      };
    } finally {
      await db.dispose();
    }
  }

  it("land both of two different weeks, as if imported one after the other", async () => {
    const replies = await Promise.all([
      workers[0]!.send({ op: "import", texts: [texts[0]!], actor: "a" }),
      workers[1]!.send({ op: "import", texts: [texts[1]!], actor: "b" }),
    ]);
    expect(replies).toMatchObject([
      { ok: true, value: [{ week: "2024-W45", mode: "new" }] },
      { ok: true, value: [{ week: "2024-W46", mode: "new" }] },
    ]);
    expect((await temp.db.report.findMany({ orderBy: { week: "asc" } })).map((r) => [r.week, r.importedBy])).toEqual([
      ["2024-W45", "a"],
      ["2024-W46", "b"],
    ]);
    const expected = await sequentially(await commitOrder());
    expect(await timelineWithoutIds(temp.db)).toEqual(expected.timeline);
    expect({
      initiatives: await temp.db.initiative.count(),
      aliases: await temp.db.initiativeAlias.count(),
      groups: await temp.db.group.count(),
    }).toEqual({
      initiatives: expected.initiatives,
      aliases: expected.aliases,
      groups: expected.groups,
    });
  });

  it("land all six weeks when each process imports three of them at the same time", async () => {
    const replies = await Promise.all(
      workers.map((w, k) => w.send({ op: "import", texts: texts.filter((_, i) => i % 2 === k), actor: `p${k}` })),
    );
    expect(
      replies.map((r) => r.ok),
      JSON.stringify(replies),
    ).toEqual([true, true]);
    expect(await temp.db.report.count()).toBe(6);
    expect((await commitOrder()).toSorted()).toEqual(texts.toSorted());
    expect(await timelineWithoutIds(temp.db)).toEqual((await sequentially(await commitOrder())).timeline);
  });
});
