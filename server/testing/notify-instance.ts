// A second "app instance" for server/notify/exactly-once.test.ts: its own client on the
// database URL given as argument; says `ready`, then runs each command read from stdin
// (one JSON line) and answers with one JSON line. The test may kill it mid-send.
// Run: node --import tsx server/testing/notify-instance.ts <database-url> <NOTIFY_SECRET_KEY>
import { createInterface } from "node:readline";
import { createClient } from "../db/create-client";
import { resolveDatabaseUrl } from "../db/database-url";
import { queueScheduled } from "../notify/scheduler";
import { keyFromText } from "../notify/secret-box";
import { deliverDue } from "../notify/worker";

export type InstanceCommand =
  | { op: "schedule"; now: string; baseUrl: string }
  /** passes until one handles nothing */
  | { op: "deliver"; leaseMs: number; timeoutMs: number; batch: number };

const db = createClient(resolveDatabaseUrl(process.argv[2]));
const key = keyFromText(process.argv[3] ?? "");
const send = (reply: unknown) => process.stdout.write(`${JSON.stringify(reply)}\n`);

async function run(command: InstanceCommand): Promise<number> {
  if (command.op === "schedule") return queueScheduled(db, new Date(command.now), command.baseUrl);
  let handled = 0;
  for (;;) {
    const n = await deliverDue(db, {
      key,
      smtp: null,
      allowPrivate: true,
      leaseMs: command.leaseMs,
      timeoutMs: command.timeoutMs,
      batch: command.batch,
    });
    if (n === 0) return handled;
    handled += n;
  }
}

await db.$queryRawUnsafe("SELECT 1");
send({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  try {
    send({ ok: true, value: await run(JSON.parse(line) as InstanceCommand) });
  } catch (error) {
    send({ ok: false, message: (error as Error).message });
  }
}
await db.$disconnect();
