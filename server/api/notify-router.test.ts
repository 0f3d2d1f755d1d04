// The notification settings through the router, as an admin uses them: bad input is
// refused with a Chinese reason and changes nothing; secrets go in and never come out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BotReceiver, startBotReceiver } from "../testing/bot-receiver";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { createTestUser } from "../testing/test-users";
import { addDepartment } from "../tracking";
import { createCaller } from "./root";
import type { SignedInUser } from "./trpc";

let temp: TempDatabase;
let admin: SignedInUser;
let departmentId: number;
const caller = () => createCaller({ db: temp.db, user: admin, ip: null });

beforeAll(async () => {
  temp = await createTempDatabase();
  departmentId = (await addDepartment(temp.db, "风控平台部")).id;
  admin = await createTestUser(temp.db, { id: "admin", name: "管理员" }, { [departmentId]: "admin" });
});
afterAll(async () => temp.dispose());
afterEach(() => {
  delete process.env.NOTIFY_ALLOW_PRIVATE;
});

describe("notify router", () => {
  it("refuses a malformed URL, another scheme, a private address and a bad cron, changing nothing", async () => {
    const add = (target: string, kind: "feishu" | "wecom" = "feishu") =>
      caller().notify.addChannel({ departmentId, kind, name: "群", target });
    await expect(add("飞书机器人")).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Webhook 地址格式不正确" });
    await expect(add("ftp://open.feishu.cn/x")).rejects.toMatchObject({ message: "Webhook 地址只能以 http:// 或 https:// 开头" });
    await expect(add("http://192.168.1.10/open-apis/bot/v2/hook/x")).rejects.toMatchObject({
      message: expect.stringContaining("不能指向内网或本机"),
    });
    await expect(add("https://qyapi.weixin.qq.com/cgi-bin/webhook/send", "wecom")).rejects.toMatchObject({
      message: "企业微信 Webhook 地址应包含 key 参数",
    });
    await expect(
      caller().notify.addChannel({ departmentId, kind: "email", name: "领导", target: "boss@corp, 不是邮箱" }),
    ).rejects.toMatchObject({ message: "邮箱地址“boss@corp”格式不正确" });
    await expect(
      caller().notify.saveSchedule({ departmentId, digestCron: "每周一", timeZone: "Asia/Shanghai", dailyTime: "09:00", dueWithinDays: 3 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("定时表达式“每周一”无效") });
    await expect(
      caller().notify.saveSchedule({
        departmentId,
        digestCron: "0 9 * * 1",
        timeZone: "Asia/Shanghai",
        dailyTime: "9点",
        dueWithinDays: 3,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await caller().notify.channels({ departmentId })).toEqual([]);
    expect(await caller().notify.schedule({ departmentId })).toMatchObject({ digestCron: "0 9 * * 1", timeZone: "Asia/Shanghai" });
  });

  it("keeps the webhook token and the secret write-only, and 发送测试 reaches the bot signed", async () => {
    let receiver: BotReceiver | null = null;
    try {
      process.env.NOTIFY_ALLOW_PRIVATE = "1";
      receiver = await startBotReceiver("dingtalk", { secret: "SECtopsecret" });
      const token = new URL(receiver.webhook).searchParams.get("access_token")!;
      const added = await caller().notify.addChannel({
        departmentId,
        kind: "dingtalk",
        name: "钉钉群",
        target: receiver.webhook,
        secret: "SECtopsecret",
      });
      const listed = await caller().notify.channels({ departmentId });
      for (const shown of [added, listed]) {
        const text = JSON.stringify(shown);
        expect(text).not.toContain("SECtopsecret");
        expect(text).not.toContain(token);
      }
      expect(listed).toEqual([expect.objectContaining({ name: "钉钉群", kind: "dingtalk", hasSecret: true, enabled: true })]);
      expect(listed[0]!.targetHint).toMatch(/^127\.0\.0\.1:\d+ …\w{4}$/);
      const row = await temp.db.notifyChannel.findFirstOrThrow();
      expect(row.target).not.toContain(token); // sealed at rest
      expect(row.secret).not.toContain("SECtopsecret");

      expect(await caller().notify.test({ channelId: added.id })).toMatchObject({ outcome: "sent" });
      expect(receiver.received.map((r) => r.answer)).toEqual(["accepted"]);

      await expect(caller().notify.deleteChannel({ channelId: added.id })).rejects.toMatchObject({ message: "请先停用该渠道再删除" });
      await caller().notify.setEnabled({ channelId: added.id, enabled: false });
      await caller().notify.deleteChannel({ channelId: added.id });
      expect(await caller().notify.channels({ departmentId })).toEqual([]);
    } finally {
      await receiver?.close();
    }
  });
});
