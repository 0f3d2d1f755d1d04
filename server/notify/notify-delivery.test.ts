// The outbox end to end on a real database, with loopback servers playing 飞书, 钉钉
// and 企业微信 (checking signatures as documented) and a real SMTP server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { listDeliveries, requeueFailed } from "../db/store/notify-deliveries";
import { beforeTrackedCommit, commitImport } from "../tracking";
import { trackedTransaction } from "../tracking/tracked-transaction";
import { queueDeliveries } from "../db/store/notify-deliveries";
import { type BotReceiver, startBotReceiver } from "../testing/bot-receiver";
import { mailHeader, mailPart, type SmtpReceiver, startSmtpReceiver } from "../testing/smtp-receiver";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { addChannel } from "./channels";
import { registerImportAlerts } from "./queue-import-alert";
import { keyFromText } from "./secret-box";
import { deliverDue, type WorkerOptions } from "./worker";

const KEY = keyFromText("test key");
const BASE = "https://tracker.example";
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;

let temp: TempDatabase;
let db: Db;
let departmentId: number;
let unregister: () => void;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  unregister = registerImportAlerts(() => BASE);
});
afterEach(async () => {
  unregister();
  await Promise.all(closers.splice(0).map((c) => c()));
  await temp.dispose();
});

async function bot(platform: BotReceiver["platform"], secret: string | null = null, channelSecret = secret, now?: () => number) {
  const receiver = await startBotReceiver(platform, { secret, now });
  closers.push(() => receiver.close());
  const channel = await addChannel(
    db,
    KEY,
    { departmentId, kind: platform, name: platform, target: receiver.webhook, secret: channelSecret },
    true,
  );
  return { receiver, channel };
}

/** Two imports: the second slips 芝麻免押 by 7 days (with a reason) and marks 长沙 at risk. */
async function importSlip() {
  await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。", "长沙佣金存管：支付11/28上线。"), {
    departmentId,
    actor: "t",
  });
  await commitImport(
    db,
    report(
      "2024-W46",
      "2024年11月16日 10:00",
      "芝麻免押：因A&B接口<联调>[阻塞]延迟，延期至11/21上线。",
      "长沙佣金存管：支付11/28上线，有风险。",
    ),
    { departmentId, actor: "t" },
  );
}

const worker = (extra: Partial<WorkerOptions> = {}): WorkerOptions => ({
  key: KEY,
  smtp: null,
  allowPrivate: true,
  timeoutMs: 2_000,
  retry: { maxAttempts: 3, baseMs: 1, maxMs: 10 },
  ...extra,
});

/** Passes until nothing is due (retries are due after a few ms). */
async function drain(options: WorkerOptions) {
  for (let i = 0; i < 20; i++) {
    await deliverDue(db, options);
    const pending = (await listDeliveries(db, departmentId, 100)).filter((d) => d.status === "pending");
    if (pending.length === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("import alerts through the outbox", () => {
  it("queues one alert per channel in the import's transaction, and nothing for the first week or a repeat", async () => {
    await bot("wecom");
    await commitImport(db, report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。"), { departmentId, actor: "t" });
    expect(await listDeliveries(db, departmentId, 10)).toEqual([]); // new work is not news
    await importSlip();
    const queued = await listDeliveries(db, departmentId, 10);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: "import", status: "pending", title: "测试部门 · 2024-W46 周报已导入" });
  });

  it("queues the alert with the write that caused it, and nothing when that write rolls back", async () => {
    await bot("wecom");
    const silentInitiative = async (write: Parameters<Parameters<typeof trackedTransaction>[1]>[0]) => {
      const group = await write.tx.group.create({ data: { departmentId, name: "组" } });
      const initiative = await write.tx.initiative.create({ data: { departmentId, groupId: group.id, name: "芝麻免押" } });
      write.emit({ kind: "initiative_silent", initiativeId: initiative.id, name: "芝麻免押", lastSeenWeek: "2024-W45" });
      write.causedBy({ kind: "import", departmentId, reportId: 0, week: "2024-W46" });
    };
    // a later hook fails after ours has queued the alert: the commit fails, and the alert goes with it
    const failLater = beforeTrackedCommit(async () => {
      throw new Error("injected failure");
    });
    await expect(trackedTransaction(db, silentInitiative)).rejects.toThrow("injected failure");
    failLater();
    expect(await listDeliveries(db, departmentId, 10)).toEqual([]);

    await trackedTransaction(db, silentInitiative);
    expect((await listDeliveries(db, departmentId, 10)).map((d) => d.title)).toEqual(["测试部门 · 2024-W46 周报已导入"]);
  });

  it("paces a bot to its documented rate: 钉钉 20 a minute, the rest later", async () => {
    const { receiver, channel } = await bot("dingtalk", "SECx");
    const payload = JSON.stringify({ title: "t", summary: null, link: null, sections: [] });
    await queueDeliveries(
      db,
      Array.from({ length: 25 }, (_, i) => ({ channelId: channel.id, departmentId, kind: "test" as const, dedupeKey: `k${i}`, payload })),
    );
    const options = worker({ batch: 25 });
    await deliverDue(db, options);
    await deliverDue(db, options);
    expect(receiver.received).toHaveLength(20);
    const log = await listDeliveries(db, departmentId, 30);
    const waiting = log.filter((d) => d.status === "pending");
    expect(waiting).toHaveLength(5);
    expect(waiting.every((d) => d.attempts === 0 && d.nextAttemptAt.getTime() > Date.now() + 50_000)).toBe(true);
  });

  it("sends signed messages that 飞书, 钉钉 and 企业微信 accept, with the slip, its reason and links", async () => {
    const feishu = await bot("feishu", "feishu-secret");
    const dingtalk = await bot("dingtalk", "SECdingtalk");
    const wecom = await bot("wecom");
    await importSlip();
    await drain(worker());
    expect(feishu.receiver.received.map((r) => r.answer)).toEqual(["accepted"]);
    expect(dingtalk.receiver.received.map((r) => r.answer)).toEqual(["accepted"]);
    expect(wecom.receiver.received.map((r) => r.answer)).toEqual(["accepted"]);

    const feishuText = JSON.stringify(feishu.receiver.accepted()[0]);
    expect(feishuText).toContain("芝麻免押");
    expect(feishuText).toContain("延期 7 天");
    expect(feishuText).toContain(`${BASE}/?department=${departmentId}&initiative=`);
    const md = (wecom.receiver.accepted()[0]!.markdown as { content: string }).content;
    expect(md).toContain("**新延期**（1 项）");
    expect(md).toContain("原因：A&amp;B接口&lt;联调&gt;\\[阻塞\\]延迟"); // report text escaped, not markup
    expect(md).toContain("**新增风险**（1 项）");
    const log = await listDeliveries(db, departmentId, 10);
    expect(log.map((d) => [d.channelKind, d.status, d.attempts])).toEqual([
      ["wecom", "sent", 1],
      ["dingtalk", "sent", 1],
      ["feishu", "sent", 1],
    ]);
  });

  it("gives up at once when the platform refuses the signature, and a stale timestamp too", async () => {
    const feishu = await bot("feishu", "right", "wrong");
    // 钉钉's clock runs two hours ahead of ours: our timestamp is stale to it
    let skew = 2 * 3_600_000;
    const dingtalk = await bot("dingtalk", "SECright", "SECright", () => Date.now() + skew);
    await importSlip();
    await drain(worker());
    expect(feishu.receiver.received.map((r) => r.reason)).toEqual(["sign match fail"]);
    expect(dingtalk.receiver.received.map((r) => r.reason)).toEqual(["timestamp is not within one hour"]);
    const log = await listDeliveries(db, departmentId, 10);
    expect(log.map((d) => [d.status, d.attempts])).toEqual([
      ["failed", 1],
      ["failed", 1],
    ]);
    expect(log[1]!.lastResponse).toContain("19021");

    // 重新发送 once the clocks agree: sent
    skew = 0;
    expect(await requeueFailed(db, log[0]!.id, new Date())).toBe(true);
    await drain(worker());
    expect(dingtalk.receiver.received.map((r) => r.answer)).toEqual(["refused", "accepted"]);
  });

  it("retries 500, 429 and a hung request with backoff, then sends", async () => {
    const { receiver } = await bot("dingtalk", "SECx");
    receiver.script("500", "429", "hang");
    await importSlip();
    await drain(worker({ timeoutMs: 300, retry: { maxAttempts: 5, baseMs: 1, maxMs: 10 } }));
    expect(receiver.received.map((r) => r.answer)).toEqual(["500", "429", "hang", "accepted"]);
    const [delivery] = await listDeliveries(db, departmentId, 10);
    expect(delivery).toMatchObject({ status: "sent", attempts: 4 });
  });

  it("gives up after the last try and shows the failure", async () => {
    const { receiver } = await bot("wecom");
    receiver.script("500", "500", "500", "500");
    await importSlip();
    await drain(worker());
    expect(receiver.received).toHaveLength(3);
    const [delivery] = await listDeliveries(db, departmentId, 10);
    expect(delivery).toMatchObject({ status: "failed", attempts: 3, lastResponse: "HTTP 500 internal error" });
  });

  it("e-mails the alert to the addresses, with an HTML and a plain-text part", async () => {
    const smtp: SmtpReceiver = await startSmtpReceiver();
    closers.push(() => smtp.close());
    await addChannel(db, KEY, { departmentId, kind: "email", name: "领导", target: "boss@corp.example, pm@corp.example" }, false);
    await importSlip();
    await drain(worker({ smtp: { url: smtp.url, from: "tracker@corp.example" } }));
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.to).toEqual(["boss@corp.example", "pm@corp.example"]);
    expect(mailHeader(mail!.raw, "Subject")).toBe("测试部门 · 2024-W46 周报已导入");
    expect(mailHeader(mail!.raw, "Message-ID")).toMatch(/^<delivery-\d+-\d+@weekly-tracker>$/);
    const html = mailPart(mail!.raw, "text/html")!;
    expect(html).toContain("原因：A&amp;B接口&lt;联调&gt;[阻塞]延迟");
    expect(html).toContain(`<a href="${BASE}/?department=${departmentId}&amp;initiative=`);
    expect(mailPart(mail!.raw, "text/plain")).toContain("原因：A&B接口<联调>[阻塞]延迟");
  });
});
