// Two app instances (processes with their own connections) on one database: an import
// and a scheduled digest due at the same time reach the bot once each; a worker killed
// mid-send leaves its lease, and the other sends the message once the lease expires.
// Runs on SQLite here and on PostgreSQL (FOR UPDATE SKIP LOCKED) under test:pg.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { listDeliveries, queueDeliveries } from "../db/store/notify-deliveries";
import { saveSchedule } from "../db/store/notify-schedule";
import { commitImport } from "../tracking";
import { type BotReceiver, startBotReceiver } from "../testing/bot-receiver";
import type { InstanceCommand } from "../testing/notify-instance";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { addChannel } from "./channels";
import { registerImportAlerts } from "./queue-import-alert";
import { keyFromText } from "./secret-box";

const BASE = "https://tracker.example";
const KEY_TEXT = "exactly-once key";
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;

interface Instance {
  child: ChildProcess;
  run(command: InstanceCommand): Promise<number>;
  close(): Promise<void>;
}

async function startInstance(url: string): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "../testing/notify-instance.ts"), url, KEY_TEXT],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error("instance exited");
    return JSON.parse(line.value) as { ok?: boolean; value?: number; message?: string; ready?: true };
  };
  expect(await next()).toEqual({ ready: true });
  return {
    child,
    async run(command) {
      child.stdin!.write(`${JSON.stringify(command)}\n`);
      const reply = await next();
      if (!reply.ok) throw new Error(reply.message);
      return reply.value!;
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}

let temp: TempDatabase;
let db: Db;
let departmentId: number;
let receiver: BotReceiver;
let instances: Instance[];
let unregister: () => void;

beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  unregister = registerImportAlerts(() => BASE);
  receiver = await startBotReceiver("feishu", { secret: "s" });
  await addChannel(db, keyFromText(KEY_TEXT), { departmentId, kind: "feishu", name: "群", target: receiver.webhook, secret: "s" }, true);
  instances = await Promise.all([startInstance(temp.target.url), startInstance(temp.target.url)]);
});
afterEach(async () => {
  unregister();
  await Promise.all(instances.map((i) => i.close()));
  await receiver.close();
  await temp.dispose();
});

describe("exactly once across instances", () => {
  it("delivers an import alert, the digest both instances queue at 09:00 and 10 more messages once each", async () => {
    await saveSchedule(db, { departmentId, digestCron: "0 9 * * 1", timeZone: "Asia/Shanghai", dailyTime: null, dueWithinDays: 3 });
    await commitImport(db, report("2024-W47", "2024年11月22日 10:00", "芝麻免押：预计11/24上线。"), { departmentId, actor: "t" });
    await commitImport(db, report("2024-W48", "2024年11月29日 10:00", "芝麻免押：延期至12/01上线。"), { departmentId, actor: "t" });
    const [channel] = await db.notifyChannel.findMany();
    const payload = (i: number) => JSON.stringify({ title: `消息 ${i}`, summary: null, link: null, sections: [] });
    await queueDeliveries(
      db,
      Array.from({ length: 10 }, (_, i) => ({
        channelId: channel!.id,
        departmentId,
        kind: "test" as const,
        dedupeKey: `t${i}`,
        payload: payload(i),
      })),
    );
    const nine = { op: "schedule", now: "2024-12-02T01:00:00.000Z", baseUrl: BASE } as const;
    const queued = await Promise.all(instances.map((i) => i.run(nine)));
    expect(queued.toSorted()).toEqual([0, 1]);

    // feishu allows 5 a second per bot per process: two instances may send 10 a second between them
    const deliver = { op: "deliver", leaseMs: 30_000, timeoutMs: 5_000, batch: 3 } as const;
    for (let round = 0; round < 20 && (await listDeliveries(db, departmentId, 100)).some((d) => d.status === "pending"); round++) {
      await Promise.all(instances.map((i) => i.run(deliver)));
      await new Promise((r) => setTimeout(r, 250));
    }
    const titles = receiver.accepted().map((b) => (b.content as { post: { zh_cn: { title: string } } }).post.zh_cn.title);
    expect(receiver.received.every((r) => r.answer === "accepted")).toBe(true);
    expect(titles).toHaveLength(12);
    expect(new Set(titles).size).toBe(12);
    expect(titles).toContain("测试部门 · 2024-W48 周报已导入");
    expect(titles).toContain("测试部门 · 2024-W48概览");
    const log = await listDeliveries(db, departmentId, 100);
    expect(log.every((d) => d.status === "sent" && d.attempts === 1)).toBe(true);
  });

  it("sends a message once more after a worker is killed mid-send and its lease expires", async () => {
    const [channel] = await db.notifyChannel.findMany();
    await queueDeliveries(db, [
      {
        channelId: channel!.id,
        departmentId,
        kind: "test",
        dedupeKey: "once",
        payload: JSON.stringify({ title: "只此一条", summary: null, link: null, sections: [] }),
      },
    ]);
    receiver.script("hang");
    const [a, b] = instances as [Instance, Instance];
    const leaseMs = 5_000;
    void a.run({ op: "deliver", leaseMs, timeoutMs: 60_000, batch: 1 }).catch(() => undefined);
    await receiver.waitFor(1);
    const killed = new Promise((resolve) => a.child.once("exit", resolve));
    a.child.kill("SIGKILL");
    await killed;

    expect(await b.run({ op: "deliver", leaseMs, timeoutMs: 5_000, batch: 1 })).toBe(0); // still leased to the dead worker
    const leaseEnd = (await db.notifyDelivery.findFirstOrThrow()).leaseUntil!.getTime();
    await new Promise((r) => setTimeout(r, leaseEnd - Date.now() + 100));
    expect(await b.run({ op: "deliver", leaseMs, timeoutMs: 5_000, batch: 1 })).toBe(1);
    expect(receiver.received.map((r) => r.answer)).toEqual(["hang", "accepted"]);
    const [delivery] = await listDeliveries(db, departmentId, 10);
    expect(delivery).toMatchObject({ status: "sent", attempts: 1 });
  });
});
