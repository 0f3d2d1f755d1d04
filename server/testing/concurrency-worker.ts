// A second "app process" for server/db/concurrent-writers.test.ts: opens its own
// client on the database URL given as argument, says `ready`, then runs each
// command read from stdin (one JSON line) and answers with one JSON line.
// Run: node --import tsx server/testing/concurrency-worker.ts <database-url>
import { createInterface } from "node:readline";
import { commitImport } from "../tracking/import/commit-import";
import { editMilestone, type MilestoneEdit } from "../tracking/edit/edit-milestone";
import { TrackingError } from "../tracking/tracking-error";
import { createClient } from "../db/create-client";
import { resolveDatabaseUrl } from "../db/database-url";
import { testDepartmentId } from "./test-department";

export type WorkerCommand = { op: "edit"; edit: MilestoneEdit } | { op: "import"; texts: string[]; actor: string };
export type WorkerReply = { ok: true; value: unknown } | { ok: false; name: string; code: string | null; message: string };

const db = createClient(resolveDatabaseUrl(process.argv[2]));
const send = (reply: WorkerReply | { ready: true }) => process.stdout.write(`${JSON.stringify(reply)}\n`);

async function run(command: WorkerCommand): Promise<unknown> {
  if (command.op === "edit") return editMilestone(db, command.edit);
  const results = [];
  for (const text of command.texts)
    results.push(await commitImport(db, text, { departmentId: await testDepartmentId(db), actor: command.actor }));
  return results;
}

// Connect before saying ready, so the race starts at the first query, not at start-up.
await db.$queryRawUnsafe("SELECT 1");
send({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  try {
    send({ ok: true, value: await run(JSON.parse(line) as WorkerCommand) });
  } catch (error) {
    const e = error as Error;
    send({ ok: false, name: e.name, code: error instanceof TrackingError ? error.code : null, message: e.message });
  }
}
await db.$disconnect();
