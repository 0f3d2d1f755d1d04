// 通知设置 (/admin/notify) in the browser against the built app with its worker running:
// the admin adds a 企业微信 bot (a loopback receiver), is told in Chinese when a webhook
// is not http(s), sends a test, and after an import with a slip sees the alert in the
// delivery log as sent, and the bot has received it once.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import { startBotReceiver, type BotReceiver } from "~/server/testing/bot-receiver";
import { type AppServer, launchBrowser, openPage, SHOTS, signedInHeaders, startAppServer } from "./app-server";
import { appApi } from "./timeline-helpers";
import type { Browser } from "playwright-core";

const t = messages.notify;
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n`;

let server: AppServer;
let browser: Browser;
let receiver: BotReceiver;

beforeAll(async () => {
  receiver = await startBotReceiver("wecom");
  // loopback bots are allowed here; the worker polls every few seconds
  server = await startAppServer({ NOTIFY_ALLOW_PRIVATE: "1", IMPORT_SAMPLES: "0" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await receiver?.close();
});

describe("通知设置", () => {
  it("adds a bot, refuses a bad webhook, sends a test, and shows an import's alert as sent", async () => {
    const api = appApi(server.url, await signedInHeaders(server));
    const department = await api.mutate<{ id: number }>("department.create", { name: "通知测试部" });
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/admin/notify`);
    await page.getByRole("heading", { level: 1, name: t.heading }).waitFor();
    const status = page.locator("main").getByRole("status");
    const alert = page.locator("main").getByRole("alert");
    const form = page.getByRole("form", { name: t.addChannel });
    const add = async (name: string, target: string) => {
      await form.getByLabel(t.kind).selectOption("wecom");
      await form.getByLabel(t.name).fill(name);
      await form.getByLabel(t.target).fill(target);
      await form.getByRole("button", { name: t.add }).click();
    };

    await add("坏地址", "ftp://example.com/x");
    await alert.filter({ hasText: "Webhook 地址只能以 http:// 或 https:// 开头" }).waitFor();
    await add("项目群", receiver.webhook);
    await status.filter({ hasText: t.added("项目群") }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "项目群" });
    // the key is never shown again, only its last characters
    expect(await row.textContent()).not.toContain(new URL(receiver.webhook).searchParams.get("key"));

    await row.getByRole("button", { name: t.test }).click();
    await status.filter({ hasText: t.testOk("项目群") }).waitFor();
    expect(receiver.received.map((r) => r.answer)).toEqual(["accepted"]);

    await api.mutate("importer.commit", {
      departmentId: department.id,
      text: report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。"),
    });
    await api.mutate("importer.commit", {
      departmentId: department.id,
      text: report("2024-W46", "2024年11月16日 10:00", "芝麻免押：延期至11/21上线。"),
    });
    await page.reload();
    const log = page.getByRole("region", { name: t.log });
    await log
      .getByRole("row")
      .filter({ hasText: t.deliveryKinds.import })
      .filter({ hasText: t.statuses.sent })
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, "notify-settings.png"), fullPage: true });
    expect(receiver.received).toHaveLength(2);
    const content = (receiver.received[1]!.body.markdown as { content: string }).content;
    expect(content).toContain("通知测试部 · 2024\\-W46 周报已导入");
    expect(content).toContain("延期 7 天");
  });
});
