// Reports from where they are written, through /import in a real browser: a
// paste from a rich editor (飞书), a Word file, a GBK file, an Excel workbook, and a batch of 52
// weekly files out of order plus a broken one, whose timeline equals importing
// the same files one by one in date order.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { weeklyWorkbook } from "../lib/report-input/fixtures/weekly-workbook";
import { commitImport, getTimeline } from "../server/tracking";
import { findOrCreateDepartment } from "../server/db/store/departments";
import { createTempDatabase } from "../server/testing/temp-database";
import { weeklySeries } from "../server/testing/weekly-series";
import { type AppSession, SHOTS, openPage, signedInHeaders, startAppSession } from "./app-server";

const FIXTURES = path.resolve(import.meta.dirname, "../lib/report-input/fixtures");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

let session: AppSession;
beforeAll(async () => {
  session = await startAppSession();
});
afterAll(() => session?.close());

async function api<T>(procedure: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await fetch(`${session.server.url}/api/trpc/${procedure}${query}`, { headers: await signedInHeaders(session.server) });
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function importPage(): Promise<Page> {
  const { page } = await openPage(session.browser, session.server);
  await page.goto(`${session.server.url}/import`);
  await page.locator("textarea[name=report]").waitFor();
  return page;
}

/** The review's entry for an initiative, by the name in its header (the merge lists name it too, hidden). */
const entry = (review: Locator, name: string) => review.locator(".review-entry-head strong", { hasText: name });

/** A paste event as the browser fires it, with the clipboard a rich editor leaves. */
async function paste(page: Page, html: string, plain: string) {
  await page.locator("textarea[name=report]").evaluate(
    (area, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData("text/html", data.html);
      clipboard.setData("text/plain", data.plain);
      area.focus();
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}

describe("import from rich editors, Word and legacy encodings", () => {
  it("turns a paste from 飞书 into Markdown the preview reads, and keeps plain text when asked", async () => {
    const page = await importPage();
    const html = fixture("feishu-clipboard.html").toString("utf8");
    const plain =
      "2024-W51\nCreated: 2024年12月21日 10:00\n【O1 业务服务】\n星河对账平台：需求评审完成，进度20%，预计12/30提测，1/15上线。";
    await paste(page, html, plain);
    const area = page.locator("textarea[name=report]");
    await expect.poll(() => area.inputValue()).toContain("## 【O1 业务服务】");
    const text = await area.inputValue();
    expect(text).toContain("1. **星河对账平台**：需求评审完成");
    expect(text).toContain("    - 对账规则已评审，差错处理预计1月10日联调");
    // a line break in a cell stays a break (GFM's <br>): the reader takes the lines as separate statements
    expect(text).toContain("| 云帆清算平台 | 10% | 预计1/8提测，<br>1/20上线 |");
    expect(text.replaceAll("<br>", "")).not.toContain("<");
    await page.getByText("已把粘贴的格式转换为 Markdown").waitFor();

    await page.getByRole("button", { name: "预览" }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    await entry(review, "星河对账平台").waitFor();
    await entry(review, "云帆清算平台").waitFor();
    expect(await review.locator('[data-kind="new_milestone"]', { hasText: "差错处理" }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "import-rich-paste.png"), fullPage: true });

    await area.fill("");
    await page.getByRole("checkbox", { name: /粘贴时保留格式/ }).uncheck();
    await paste(page, html, plain);
    // the page's own handler stands aside: a dispatched event inserts nothing by itself, so the box stays as it was
    expect(await area.inputValue()).toBe("");
    await page.close();
  });

  it("reads a Word file and a GBK file into the box, saying how, and previews the same report", async () => {
    const page = await importPage();
    const file = page.locator("input[type=file]");
    await file.setInputFiles({ name: "20241123周报.docx", mimeType: "application/octet-stream", buffer: fixture("word-report.docx") });
    await page.getByText("已读取「20241123周报.docx」（Word 文档，已转换为 Markdown）").waitFor();
    expect(await page.locator("textarea[name=report]").inputValue()).toBe(fixture("word-report.md").toString("utf8"));
    await page.getByRole("button", { name: "预览" }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    await entry(review, "反欺诈模型V3").waitFor();

    await file.setInputFiles({ name: "周报.md", mimeType: "text/markdown", buffer: fixture("word-report.gbk.md") });
    await page.getByText("已读取「周报.md」（GBK/GB18030 编码）").waitFor();
    expect(await page.locator("textarea[name=report]").inputValue()).toBe(fixture("word-report.md").toString("utf8"));
    await page.close();
  });

  it("reads an Excel sheet into the box as a table the preview reads, and a workbook of several weeks as a batch", async () => {
    const page = await importPage();
    const file = page.locator("input[type=file]");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("第49周");
    sheet.addRow(["研发部周报（2024.12.02-2024.12.06）"]);
    sheet.addRow(["项目", "本周进展", "进度", "计划上线"]);
    sheet.addRow(["星链网关", "完成联调\n开始压测", 0.8, new Date(Date.UTC(2024, 11, 13))]);
    sheet.getCell("C3").numFmt = "0%";
    await file.setInputFiles({
      name: "周报.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.getByText("已读取「周报.xlsx」（Excel 工作表，已转换为 Markdown 表格）").waitFor();
    expect(await page.locator("textarea[name=report]").inputValue()).toContain("| 星链网关 | 完成联调<br>开始压测 | 80% | 2024-12-13 |");
    await page.getByRole("button", { name: "预览" }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    await entry(review, "星链网关").waitFor();
    expect(await review.locator('[data-kind="new_milestone"]', { hasText: "2024-12-13" }).count()).toBeGreaterThan(0);

    await file.setInputFiles({ name: "周报汇总.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await weeklyWorkbook()) });
    const batch = page.getByRole("region", { name: "批量导入：2 个文件" });
    await batch.getByText("周报汇总.xlsx/第49周").waitFor();
    await batch.getByText("周报汇总.xlsx/第50周").waitFor();
    await page.close();
  });
});

describe("batch import through the page", () => {
  const DEPARTMENT = "批量导入部";
  const series = weeklySeries(2023, 52, DEPARTMENT);

  it("imports 52 weeks chosen out of order in date order with progress, reports a broken file, and skips all on a re-run", async () => {
    const created = await fetch(`${session.server.url}/api/trpc/department.create`, {
      method: "POST",
      headers: { ...(await signedInHeaders(session.server)), "content-type": "application/json" },
      body: JSON.stringify({ json: { name: DEPARTMENT } }),
    });
    expect(created.ok).toBe(true);
    const shuffled = [...series].sort((a, b) => ((Number(a.week.slice(-2)) * 7) % 53) - ((Number(b.week.slice(-2)) * 7) % 53));
    const files = [
      ...shuffled.map((r) => ({ name: r.fileName, mimeType: "text/markdown", buffer: Buffer.from(r.text) })),
      { name: "扫描件.md", mimeType: "text/markdown", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
    ];

    const page = await importPage();
    await page.locator("input[type=file]").setInputFiles(files);
    const batch = page.getByRole("region", { name: "批量导入：53 个文件" });
    const commit = batch.getByRole("button", { name: "导入 52 份周报" });
    await commit.waitFor();
    await expect.poll(() => commit.isEnabled()).toBe(true);
    const weeks = await batch.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(weeks).toEqual([...series.map((r) => r.week), "—"]); // sorted by report date, the broken file last
    expect(await batch.locator('tr[data-state="refused"]').innerText()).toContain("PNG");
    expect(await batch.locator("tbody tr").first().innerText()).toContain(DEPARTMENT);
    await page.screenshot({ path: path.join(SHOTS, "import-batch-review.png"), fullPage: true });

    await commit.click();
    await batch.getByRole("status").filter({ hasText: "完成：导入 52 份，1 个文件未导入" }).waitFor({ timeout: 120_000 });
    expect(await batch.locator("progress").getAttribute("value")).toBe("52");
    expect(await batch.locator('tr[data-state="imported"]').count()).toBe(52);
    await page.screenshot({ path: path.join(SHOTS, "import-batch-done.png"), fullPage: true });

    // the reports went in in date order: ids grow with the weeks
    type Report = { id: number; week: string; department: string };
    const reports = (await api<Report[]>("report.list")).filter((r) => r.week.startsWith("2023-"));
    expect([...reports].sort((a, b) => a.id - b.id).map((r) => r.week)).toEqual(series.map((r) => r.week));

    // a re-run finds every week imported and has nothing to do
    await batch.getByRole("button", { name: "继续导入" }).click();
    await page.locator("input[type=file]").setInputFiles(files);
    const again = page.getByRole("region", { name: "批量导入：53 个文件" });
    await expect.poll(() => again.locator('tr[data-state="same"]').count(), { timeout: 60_000 }).toBe(52);
    expect(await again.getByRole("button", { name: "导入 0 份周报" }).isDisabled()).toBe(true);
    await page.close();
  }, 240_000);

  it("gives the timeline importing the same files one by one in date order gives", async () => {
    const mine = await api<{ departments: { id: number; name: string }[] }>("department.mine");
    const departmentId = mine.departments.find((d) => d.name === DEPARTMENT)!.id;
    const fromPage = await api<{ today: string }>("timeline.get", { departmentIds: [departmentId] });

    const temp = await createTempDatabase();
    try {
      const { id } = await findOrCreateDepartment(temp.db, DEPARTMENT);
      for (const r of series) await commitImport(temp.db, r.text, { departmentId: id, actor: "PM", fileName: r.fileName });
      const oneByOne = await getTimeline(temp.db, { today: fromPage.today, filter: { departmentIds: [id] } });
      expect(withoutIds(fromPage)).toEqual(withoutIds(oneByOne));
      expect(JSON.stringify(oneByOne)).toContain("星河对账平台");
    } finally {
      await temp.dispose();
    }
  }, 120_000);
});

/** The timeline without row ids, which differ between two databases. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "id" && !key.endsWith("Id"))
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  return value;
}
