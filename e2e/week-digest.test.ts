// The leadership overview (/week) and its CSV export after the six sample
// weeks; then a report line with HTML in it shows as text everywhere.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, type AppSession, openPage, SHOTS, signedInHeaders, startAppSession } from "./app-server";
import { appApi, barOf } from "./timeline-helpers";

const HOSTILE = "<img src=x onerror=alert(1)>";
const HOSTILE_REPORT = `# 2024-W51

Created: 2024年12月21日 10:00

## 【O1 业务服务】

1. ${HOSTILE}：开发中，进度30%，预计12/30提测，1/15上线。
2. 长沙佣金存管：业务已上线，进度100%。
`;

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
});
afterAll(() => session?.close());

describe("this week (/week)", () => {
  it("lists 贝易转-装修存管 as newly slipped by 21 days in W50, links it to the timeline, and exports the CSV", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "本周概览" }).click();
    await page.waitForURL(`${server.url}/week`);
    expect(await page.getByRole("combobox", { name: "周次" }).inputValue()).toBe("2024-W50");
    const slipped = page.getByRole("region", { name: "新延期" });
    const item = slipped.locator("li", { hasText: "贝易转-装修存管" });
    expect(await item.innerText()).toMatch(/本周推迟 7 天[\s\S]*累计延期 21 天/); // this week's move first, the total beside it
    for (const section of ["本周完成", "新项目", "本周未提及", "已逾期", "14天内到期", "各分组统计"])
      await page.getByRole("region", { name: section }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "week.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("digest-2024-W50.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")).toContain("新延期,O1 业务服务,贝易转-装修存管,上线,2024-12-26,2024-12-05,21,7,,,,");
    const res = await fetch(`${server.url}/week/export?week=2024-W50`, { headers: await signedInHeaders(server) });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="digest-2024-W50.csv"');

    await item.getByRole("link", { name: "贝易转-装修存管" }).click();
    await page.getByRole("region", { name: "贝易转-装修存管" }).getByText("延期 21 天").first().waitFor();
    const id = new URL(page.url()).searchParams.get("initiative");
    expect(id).toMatch(/^\d+$/);
    // the chart is scrolled to the initiative's row
    const row = await barOf(page, `i-${id}`).locator(".bar").first().boundingBox();
    const chart = await page.locator(".gantt-container").boundingBox();
    expect(row!.y).toBeGreaterThanOrEqual(chart!.y);
    expect(row!.y + row!.height).toBeLessThanOrEqual(chart!.y + chart!.height);
    expect(row!.x + row!.width).toBeGreaterThan(chart!.x);
    expect(row!.x).toBeLessThan(chart!.x + chart!.width);
    await page.close();
  });

  it("looks back at an earlier week from the selector", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/week`);
    await page.getByRole("combobox", { name: "周次" }).selectOption("2024-W48");
    await page.waitForURL(`${server.url}/week?week=2024-W48`);
    await page
      .getByRole("region", { name: "新延期" })
      .locator("li", { hasText: "长沙佣金存管" })
      .filter({ hasText: "支付上线" })
      .getByText(/本周推迟 5 天/)
      .waitFor();
    await page.close();
  });
});

describe("a report line with HTML in it", () => {
  it("renders as text on the chart, in the popup, the detail panel, the report view and the week page; nothing runs", async () => {
    await api.mutate("importer.commit", { departmentId: await api.sampleDepartmentId(), text: HOSTILE_REPORT });
    const initiative = (await api.initiatives()).find((i) => i.name === HOSTILE)!;
    expect(initiative).toBeDefined();
    const { page, dialogs } = await openPage(browser, server);
    const noImage = async () => expect(await page.locator('img[src="x"]').count()).toBe(0);

    await page.goto(`${server.url}/?initiative=${initiative.id}`);
    const label = barOf(page, `i-${initiative.id}`).locator(".bar-label");
    await expect.poll(() => label.textContent()).toBe(HOSTILE);
    const panel = page.getByRole("region", { name: HOSTILE });
    await panel.locator("h2").getByText(HOSTILE, { exact: true }).waitFor();
    await panel.locator(".source-text", { hasText: HOSTILE }).first().waitFor();
    await label.click(); // not forced: Playwright waits for the panel's smooth scroll to settle
    await expect.poll(() => page.locator(".popup-wrapper .title").textContent()).toBe(HOSTILE);
    await noImage();

    const source = panel.locator('a[href^="/reports/"]').first();
    await source.click();
    await page.waitForURL(/\/reports\/\d+#L7$/);
    await expect.poll(() => page.locator("#L7 .line-text").textContent()).toContain(HOSTILE);
    expect(await page.locator("#L7 .line-marks").innerText()).toContain(HOSTILE);
    await noImage();

    await page.goto(`${server.url}/week`);
    await page.getByRole("region", { name: "新项目" }).getByRole("link", { name: HOSTILE }).waitFor();
    await noImage(); // no element that could run: no dialog can still come
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "week-hostile.png"), fullPage: true });
    await page.close();
  });

  it("lists a lower percent than the previous report under 进度回退, with both figures, the line and the CSV row", async () => {
    const target = (await api.initiatives()).find((i) => i.progress !== null && i.progress >= 20 && i.status === "active")!;
    const lower = target.progress! - 15;
    const text = `# 2024-W52\n\nCreated: 2024年12月28日 10:00\n\n## 【${target.group}】\n\n1. ${target.name}：需求变更，进度${lower}%。\n`;
    await api.mutate("importer.commit", { departmentId: await api.sampleDepartmentId(), text });
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/week?week=2024-W52`);
    const item = page.getByRole("region", { name: "进度回退" }).locator("li", { hasText: target.name });
    await item.getByText(`进度 ${target.progress}% → ${lower}%`).waitFor();
    const source = item.locator("a.digest-source");
    expect(await source.getAttribute("href")).toMatch(/^\/reports\/\d+#L7$/);
    expect(await source.innerText()).toContain(`进度${lower}%`);
    await page.screenshot({ path: path.join(SHOTS, "week-progress-regressed.png"), fullPage: true });
    const csv = await (await fetch(`${server.url}/week/export?week=2024-W52`, { headers: await signedInHeaders(server) })).text();
    const row = csv.split("\r\n").find((l) => l.startsWith(`进度回退,${target.group},${target.name},`));
    expect(row?.split(",").slice(-3, -1)).toEqual([String(target.progress), String(lower)]);
    await page.close();
  });
});
