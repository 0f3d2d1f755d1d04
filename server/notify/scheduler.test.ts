// The schedule with a fake clock on a real database: a digest due Monday 09:00
// Asia/Shanghai is queued once, by whichever instance ticks first, also across a
// restart at 08:59:59; the daily alert lists what became overdue and what is due soon.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient, type Db } from "../db/create-client";
import { listDeliveries } from "../db/store/notify-deliveries";
import { saveSchedule } from "../db/store/notify-schedule";
import { commitImport } from "../tracking";
import { startBotReceiver, type BotReceiver } from "../testing/bot-receiver";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { addChannel } from "./channels";
import { queueScheduled } from "./scheduler";
import { keyFromText } from "./secret-box";
import { deliverDue } from "./worker";

const KEY = keyFromText("test key");
const BASE = "https://tracker.example";
const at = (iso: string) => new Date(iso);
// Monday 2024-11-25 in Shanghai (UTC+8)
const BEFORE = at("2024-11-25T00:59:59Z");
const NINE = at("2024-11-25T01:00:00Z");

let temp: TempDatabase;
let db: Db;
let departmentId: number;
let receiver: BotReceiver;
/** leadership's bot: the weekly digest only */
let leaders: BotReceiver;

beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  receiver = await startBotReceiver("wecom");
  await addChannel(db, KEY, { departmentId, kind: "wecom", name: "群", target: receiver.webhook }, true);
  leaders = await startBotReceiver("wecom");
  await addChannel(db, KEY, { departmentId, kind: "wecom", name: "领导", target: leaders.webhook, digestOnly: true }, true);
  await commitImport(
    db,
    "# 2024-W47\n\nCreated: 2024年11月22日 10:00\n\n## 【O1 业务服务】\n\n1. 芝麻免押：预计11/24上线。\n2. 长沙佣金存管：支付11/27上线。\n3. 风控模型：12/20上线。\n",
    { departmentId, actor: "t" },
  );
});
afterEach(async () => {
  await receiver.close();
  await leaders.close();
  await temp.dispose();
});

describe("queueScheduled", () => {
  it("queues Monday 09:00's digest once, across a restart at 08:59:59 and a second instance", async () => {
    await saveSchedule(db, { departmentId, digestCron: "0 9 * * 1", timeZone: "Asia/Shanghai", dailyTime: null, dueWithinDays: 3 });
    expect(await queueScheduled(db, BEFORE, BASE)).toBe(0);
    // the instance restarts here; the new one and a second instance tick at 09:00 at once, with their own connections
    const other = createClient(temp.target);
    try {
      const counts = await Promise.all([queueScheduled(db, NINE, BASE), queueScheduled(other, NINE, BASE)]);
      expect(counts.toSorted()).toEqual([0, 2]); // one per channel
      expect(await queueScheduled(other, at("2024-11-25T01:00:30Z"), BASE)).toBe(0);
      expect(await queueScheduled(db, at("2024-11-25T03:00:00Z"), BASE)).toBe(0);
    } finally {
      await other.$disconnect();
    }
    const log = await listDeliveries(db, departmentId, 10);
    expect(log.map((d) => [d.kind, d.channelName, d.title])).toEqual([
      ["digest", "领导", "测试部门 · 2024-W47概览"],
      ["digest", "群", "测试部门 · 2024-W47概览"],
    ]);

    await deliverDue(db, { key: KEY, smtp: null, allowPrivate: true });
    expect(receiver.accepted()).toHaveLength(1);
    expect(leaders.accepted()).toHaveLength(1);
    const content = (receiver.accepted()[0]!.markdown as { content: string }).content;
    expect(content).toContain("**已逾期**（1 项）");
    expect(content).toContain("芝麻免押");

    // next Monday is a new period
    expect(await queueScheduled(db, at("2024-12-02T01:00:05Z"), BASE)).toBe(2);
  });

  it("queues the daily alert at its time: what became overdue today and what is due within N days", async () => {
    await saveSchedule(db, { departmentId, digestCron: "0 9 * * 1", timeZone: "Asia/Shanghai", dailyTime: "08:30", dueWithinDays: 3 });
    // 2024-12-10 08:30: nothing became overdue yesterday, nothing is due within 3 days: no message
    expect(await queueScheduled(db, at("2024-12-10T00:29:00Z"), BASE)).toBe(0);
    expect(await queueScheduled(db, at("2024-12-10T00:30:00Z"), BASE)).toBe(0);
    expect(await listDeliveries(db, departmentId, 10)).toEqual([]);
    // Monday 08:30: 11/24 became overdue today, 11/27 is due within 3 days, 12/20 is not
    expect(await queueScheduled(db, at("2024-11-25T00:30:00Z"), BASE)).toBe(1);
    const [daily] = await listDeliveries(db, departmentId, 10);
    expect(daily).toMatchObject({ kind: "daily", title: "测试部门 · 2024-11-25 到期提醒" });
    await deliverDue(db, { key: KEY, smtp: null, allowPrivate: true });
    const content = (receiver.accepted()[0]!.markdown as { content: string }).content;
    expect(content).toContain("**今日起逾期**（1 项）");
    expect(content).toContain("**3 天内到期**（1 项）");
    expect(content).not.toContain("风控模型");
    expect(leaders.received).toEqual([]); // digest only: no daily alert
    expect(await queueScheduled(db, at("2024-11-25T00:45:00Z"), BASE)).toBe(0); // the same morning: queued already
  });
});
