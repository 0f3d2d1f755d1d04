// The Excel exports, downloaded in a real browser from the timeline's 导出 menu
// and the week page, then read back with exceljs: the rows are the timeline's
// milestones under the page's filter, dates are date cells, and a report line
// starting with = comes back as text.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Timeline } from "~/server/tracking/types";
import type { WeeklyDigest } from "~/server/tracking";
import { type AppServer, type AppSession, openPage, signedInHeaders, startAppSession } from "./app-server";
import { appApi } from "./timeline-helpers";

const FORMULA_REPORT = `# 2024-W51

Created: 2024年12月21日 10:00

## 【O1 业务服务】

1. =HYPERLINK("http://127.0.0.1/x")结算对账：开发中，进度30%，预计12/30提测，1/15上线。
`;

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
  await api.mutate("importer.commit", { departmentId: await api.sampleDepartmentId(), text: FORMULA_REPORT });
});
afterAll(() => session?.close());

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; sheet: ExcelJS.Worksheet }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  return { name: file.suggestedFilename(), sheet: workbook.worksheets[0]! };
}

/** The sheet's data rows as arrays (exceljs' row.values starts at index 1). */
const dataRows = (sheet: ExcelJS.Worksheet) => sheet.getRows(2, sheet.rowCount - 1)!.map((r) => (r.values as ExcelJS.CellValue[]).slice(1));

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("the timeline as Excel", () => {
  it("holds one row per milestone of exactly the filtered timeline, with date cells, a frozen header and a filter", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?state=slipped`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    await page.locator(".export-menu summary").click();
    const { name, sheet } = await download(page, () => page.getByRole("link", { name: "导出 Excel" }).click());

    const shown = await api.query<Timeline>("timeline.get", { states: ["slipped"] });
    const all = await api.query<Timeline>("timeline.get", {});
    const milestones = shown.groups.flatMap((g) => g.initiatives.flatMap((i) => i.milestones.map((m) => ({ i, m }))));
    expect(milestones.length).toBeGreaterThan(0);
    // the filter is honoured: fewer rows than the whole timeline has milestones
    expect(milestones.length).toBeLessThan(all.groups.flatMap((g) => g.initiatives.flatMap((i) => i.milestones)).length);

    expect(name).toBe(`timeline-${shown.today}.xlsx`);
    expect(sheet.getRow(1).values).toContain("基线日期");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = dataRows(sheet);
    expect(rows).toHaveLength(milestones.length);
    rows.forEach((row, n) => {
      const { i, m } = milestones[n]!;
      expect(row.slice(1, 7)).toEqual([i.group, i.name, m.title, day(m.baselineDate), day(m.date), m.slipDays]);
      expect(row[8]).toBe(i.progress ?? undefined);
    });
    expect(sheet.getCell("F2").numFmt).toBe("yyyy-mm-dd");
    await page.close();
  });

  it("writes a name starting with = as text, never as a formula", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?q=${encodeURIComponent("结算对账")}`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    await page.locator(".export-menu summary").click();
    const { sheet } = await download(page, () => page.getByRole("link", { name: "导出 Excel" }).click());
    const names = dataRows(sheet).map((r) => r[2]);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^'=HYPERLINK/);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    await page.close();
  });
});

describe("the week digest as Excel", () => {
  it("holds the digest's items with typed dates and figures", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/week?week=2024-W50`);
    const { name, sheet } = await download(page, () => page.getByRole("link", { name: "导出 Excel" }).click());
    expect(name).toBe("digest-2024-W50.xlsx");
    const digest = await api.query<WeeklyDigest>("digest.get", { week: "2024-W50" });
    const rows = dataRows(sheet);
    expect(rows).toHaveLength(digest.items.length);
    const slipped = rows.find((r) => r[0] === "新延期" && r[2] === "贝易转-装修存管")!;
    expect(slipped.slice(3, 8)).toEqual(["上线", day("2024-12-26"), day("2024-12-05"), 21, 7]);
    await page.close();
  });
});
