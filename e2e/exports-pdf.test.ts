// The PDF export: the print page of the timeline (what the 导出 PDF menu item
// opens) printed by Chromium with its own page size, read back with pdfjs: the
// page count follows the rows per page, every initiative's name is in the text
// (Chinese included), and a filter leaves out what the page leaves out.
import type { Browser, Page } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROWS_PER_PAGE } from "~/components/print/print-rows";
import type { Timeline } from "~/server/tracking/types";
import { type AppServer, type AppSession, openPage, signedInHeaders, startAppSession } from "./app-server";
import { appApi } from "./timeline-helpers";

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
});
afterAll(() => session?.close());

/** Each page's text, and the page sizes in points. */
async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const pages: { text: string; width: number; height: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [, , width, height] = page.view;
    pages.push({ text: content.items.map((i) => ("str" in i ? i.str : "")).join(""), width: width!, height: height! });
  }
  await pdf.destroy();
  return pages;
}

async function printed(page: Page, query: string): Promise<Buffer> {
  await page.goto(`${server.url}/print/timeline?${query}`);
  await page.locator(".print-page").first().waitFor();
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
}

const rowCount = (t: Timeline) => t.groups.reduce((n, g) => n + g.initiatives.reduce((k, i) => k + 1 + i.milestones.length, 0), 0);
const names = (t: Timeline) => t.groups.flatMap((g) => g.initiatives.map((i) => i.name));

describe("the timeline as PDF", () => {
  it("opens from the 导出 menu with the page's query, and prints every row on A4 landscape pages with the header repeated", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?view=Month`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    await page.locator(".export-menu summary").click();
    expect(await page.getByRole("link", { name: "导出 PDF" }).getAttribute("href")).toBe("/print/timeline?view=Month&print=1");

    const timeline = await api.query<Timeline>("timeline.get", {});
    const rows = rowCount(timeline);
    const pages = await readPdf(await printed(page, "view=Month"));
    expect(rows).toBeGreaterThan(ROWS_PER_PAGE.A4); // several pages
    expect(pages).toHaveLength(Math.ceil(rows / ROWS_PER_PAGE.A4));
    for (const p of pages) {
      expect(p.width).toBeGreaterThan(p.height); // landscape
      expect(Math.round(p.width)).toBe(842); // A4: 297 mm
      expect(p.text).toContain("项目 / 里程碑"); // the header on every page
    }
    const text = pages.map((p) => p.text).join("\n");
    for (const name of names(timeline)) expect(text).toContain(name);
    await page.close();
  });

  it("prints only the filtered rows, on A3 when asked", async () => {
    const { page } = await openPage(browser, server);
    const shown = await api.query<Timeline>("timeline.get", { states: ["slipped"] });
    const all = await api.query<Timeline>("timeline.get", {});
    // names no shown name contains (a shorter name may be part of a longer one)
    const hidden = names(all).filter((n) => !names(shown).some((s) => s.includes(n)));
    expect(hidden.length).toBeGreaterThan(0);
    const pages = await readPdf(await printed(page, "state=slipped&paper=A3"));
    expect(pages).toHaveLength(Math.ceil(rowCount(shown) / ROWS_PER_PAGE.A3));
    expect(Math.round(pages[0]!.width)).toBe(1191); // A3: 420 mm
    const text = pages.map((p) => p.text).join("\n");
    for (const name of names(shown)) expect(text).toContain(name);
    for (const name of hidden) expect(text).not.toContain(name);
    await page.close();
  });
});
