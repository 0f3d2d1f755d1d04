// The app in a real browser: the sample timeline is drawn, a new weekly report
// imported through /import shows up on it, and bad input writes nothing.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, type AppSession, SHOTS, signedInHeaders, signInPage, startAppServer, startAppSession } from "./app-server";
import { barsSettled, dragBy, scanChartRows } from "./timeline-helpers";

const NEW_REPORT = `# 2024-W51

Created: 2024年12月21日 10:00

## 【O1 业务服务】

1. 长沙佣金存管：业务已上线，进度100%。
2. 星河对账平台：需求评审完成，进度20%，预计12/30提测，1/15上线。
`;

const REVIEW_REPORT = `# 2024-W52

Created: 2024年12月28日 10:00

## 【O1 业务服务】

1. 云帆清算平台：方案评审完成，进度10%，预计1/8提测，1/20上线。
2. 北斗风控：联调中，进度30%，预计1/15上线。
`;

let session: AppSession;
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
});
afterAll(() => session?.close());

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  page.setDefaultTimeout(20_000);
  await signInPage(page, server);
  return page;
}

const bar = (page: Page, name: string) => page.locator("g.bar-wrapper", { has: page.locator(".bar-label", { hasText: name }) });

/** A query of the running app's API (superjson over tRPC's HTTP GET). */
async function api<T>(path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await fetch(`${server.url}/api/trpc/${path}${query}`, { headers: await signedInHeaders(server) });
  const body = (await res.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

const reportCount = async () => (await api<unknown[]>("report.list")).length;

describe("timeline and import in the browser", () => {
  it("draws the sample initiatives as bars", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await bar(page, "长沙佣金存管").first().waitFor();
    expect(await bar(page, "贝易转-装修存管").count()).toBeGreaterThan(0);
    await barsSettled(page); // the picture shows the bars at their size
    await page.screenshot({ path: path.join(SHOTS, "timeline.png"), fullPage: false });
    await page.close();
  });

  it("opens an initiative's milestones and links its source lines to the report", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await bar(page, "长沙佣金存管").first().click({ force: true });
    const panel = page.getByRole("region", { name: "长沙佣金存管" });
    await panel.getByRole("cell", { name: "支付上线" }).waitFor();
    const source = panel.locator('a[href^="/reports/"][href*="#L"]').first();
    const href = (await source.getAttribute("href")) ?? "";
    await source.click();
    await page.waitForURL((url) => href.endsWith(`${url.pathname}${url.hash}`));
    const line = page.locator(`[id="${href.split("#")[1]}"]`);
    expect(await line.getAttribute("class")).toContain("marked");
    expect(await line.innerText()).toContain("长沙佣金存管");
    await page.screenshot({ path: path.join(SHOTS, "report.png"), fullPage: false });
    await page.close();
  });

  it("saves a milestone dragged on the chart as a manual edit by the user", async () => {
    const timeline = await api<{
      groups: { initiatives: { id: number; name: string; milestones: { id: number; title: string; date: string; state: string }[] }[] }[];
    }>("timeline.get", {});
    const initiative = timeline.groups.flatMap((g) => g.initiatives).find((i) => i.name === "贝易转-装修存管")!;
    const milestone = initiative.milestones.find((m) => m.state !== "done") ?? initiative.milestones[0]!;
    const page = await newPage();
    await page.goto(`${server.url}/`);
    const diamond = `.bar-wrapper[data-id="m-${milestone.id}"] .bar`;
    await dragBy(page, diamond, 120);
    await page.getByRole("dialog", { name: "保存这次修改？" }).getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存").waitFor();
    const detail = await api<{
      milestones: { id: number; date: string }[];
      edits: { field: string; actor: string; oldValue: string | null }[];
    }>("initiative.detail", { id: initiative.id });
    expect(detail.milestones.find((m) => m.id === milestone.id)!.date > milestone.date).toBe(true);
    expect(detail.edits).toContainEqual(expect.objectContaining({ field: "date", actor: "PM", oldValue: milestone.date }));
    await page.close();
  });

  it("imports a new week's report through /import and shows its new initiative", async () => {
    const before = await reportCount();
    const page = await newPage();
    await page.goto(`${server.url}/import`);
    await page.locator("textarea[name=report]").fill(NEW_REPORT);
    await page.getByRole("button", { name: "预览" }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    await review.getByText("星河对账平台").first().waitFor();
    await expect(review.getByText("2024-W51").count()).resolves.toBeGreaterThan(0);
    expect(await review.locator('[data-kind="new_initiative"]').count()).toBe(1);
    expect(await review.locator('[data-kind="new_milestone"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "import-review.png"), fullPage: true });
    expect(await reportCount()).toBe(before); // a preview writes nothing

    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W51 周报").waitFor();
    expect(await reportCount()).toBe(before + 1);
    await page.getByRole("link", { name: "查看时间线" }).click();
    type T = { groups: { initiatives: { id: number; name: string }[] }[] };
    const added = (await api<T>("timeline.get", {})).groups.flatMap((g) => g.initiatives).find((i) => i.name === "星河对账平台");
    // the chart draws the rows around its view: the new one may be further down
    expect(await scanChartRows(page, `i-${added!.id}`)).toEqual([`i-${added!.id}`]);
    await bar(page, "星河对账平台").first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, "timeline-after-import.png"), fullPage: false });
    await page.close();
  });

  it("commits the review's decisions: a rejected milestone, a fixed date, an entry merged into an existing initiative", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/import`);
    await page.locator("textarea[name=report]").fill(REVIEW_REPORT);
    await page.getByRole("button", { name: "预览" }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    const first = review.locator('[data-entry="0"]');
    const second = review.locator('[data-entry="1"]');
    await first.getByText("云帆清算平台").first().waitFor();

    const milestoneRow = (title: string) => first.locator('[data-kind="new_milestone"]', { hasText: title });
    await milestoneRow("上线").getByRole("checkbox", { name: "采纳" }).uncheck();
    await milestoneRow("提测").getByRole("button", { name: "修改…" }).click();
    await milestoneRow("提测").getByLabel("修正日期").fill("2025-01-09");
    await second.getByRole("button", { name: "修改条目…" }).click();
    await second.getByRole("combobox", { name: "合并到已有项目" }).selectOption({ label: "长沙佣金存管" });
    await second.getByRole("alertdialog", { name: "确认合并" }).getByRole("button", { name: "确认合并" }).click();
    await page.getByText("修改了选择").waitFor();
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);

    await page.getByRole("button", { name: "按选择重新预览" }).click();
    // the merged entry shows the initiative it goes into once the new preview is in
    await expect.poll(() => second.locator('[data-kind="new_initiative"]').count()).toBe(0);
    await second.locator(".review-entry-head").getByText("长沙佣金存管").waitFor();
    expect(await milestoneRow("提测").innerText()).toContain("2025-01-09");
    await page.screenshot({ path: path.join(SHOTS, "import-decisions.png"), fullPage: true });
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W52 周报").waitFor();
    await page.close();

    type T = { groups: { initiatives: { name: string; aliases: string[]; milestones: { title: string; date: string }[] }[] }[] };
    const all = (await api<T>("timeline.get", {})).groups.flatMap((g) => g.initiatives);
    const yunfan = all.find((i) => i.name === "云帆清算平台");
    expect(yunfan?.milestones.map((m) => [m.title, m.date])).toEqual([[expect.stringContaining("提测"), "2025-01-09"]]);
    expect(all.find((i) => i.name === "北斗风控")).toBeUndefined();
    const merged = all.find((i) => i.name === "长沙佣金存管");
    expect(merged?.aliases).toContain("北斗风控");
    expect(merged?.milestones.map((m) => m.date)).toContain("2025-01-15");
  });

  it("dates an uploaded report by its file name and says where the date came from", async () => {
    const before = await reportCount();
    const page = await newPage();
    await page.goto(`${server.url}/import`);
    const body = Buffer.from("# 周任务及进度\n\n1. 网关：下周上线\n");
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "20170515-20170519周任务及进度.md", mimeType: "text/markdown", buffer: body });
    await page.getByText("已读取").waitFor();
    await page.getByRole("button", { name: "预览" }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    await review.getByText("报告日期 2017-05-19（取自文件名）").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "import-date-source.png"), fullPage: true });
    expect(await reportCount()).toBe(before);
    await page.close();
  });

  it("shows a clear message for empty or unreadable input and writes nothing", async () => {
    const before = await reportCount();
    const page = await newPage();
    await page.goto(`${server.url}/import`);
    const alert = page.locator("main").getByRole("alert"); // (Next adds its own role=alert route announcer outside main)

    await page.getByRole("button", { name: "预览" }).click();
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toMatch(/空/);

    await page.locator("textarea[name=report]").fill("随便写点什么 hello world\nlorem ipsum");
    await page.getByRole("button", { name: "预览" }).click();
    await expect.poll(async () => (await alert.innerText()).trim()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);

    const file = page.locator("input[type=file]");
    await file.setInputFiles({
      name: "scan.md",
      mimeType: "text/markdown",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    await page.getByText("这是 PNG 文件").waitFor();
    const latin1 = Buffer.from("Réseau : déploiement prévu, équipe réunie\n", "latin1");
    await file.setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: latin1 });
    await page.getByText("无法识别文件编码").waitFor();
    await file.setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
    await page.getByText("是空的").waitFor();

    await page.screenshot({ path: path.join(SHOTS, "import-errors.png"), fullPage: true });
    expect(await reportCount()).toBe(before);
    await page.close();
  });
});

describe("an empty database", () => {
  it("shows the empty state with a link to the import page", async () => {
    const empty = await startAppServer({ IMPORT_SAMPLES: "0" });
    try {
      const page = await browser.newPage();
      await signInPage(page, empty);
      await page.goto(`${empty.url}/`);
      await page.getByText("还没有导入任何周报").waitFor();
      await page.getByRole("link", { name: "去导入" }).click();
      await page.waitForURL(`${empty.url}/import`);
      await page.goto(`${empty.url}/week`);
      await page.getByText("还没有导入任何周报").waitFor();
      const csv = await fetch(`${empty.url}/week/export`, { headers: await signedInHeaders(empty) });
      expect(csv.headers.get("content-disposition")).toBe('attachment; filename="digest-empty.csv"');
      expect((await csv.text()).trim().split("\r\n")).toHaveLength(1); // the header only
      await page.close();
    } finally {
      await empty.stop();
    }
  });
});
