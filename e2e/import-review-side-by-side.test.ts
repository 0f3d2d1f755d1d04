// Issue #13, "review beside the text", in a real browser at 1280 × 720: after
// 预览 the report text is on one side with what was read marked in place, the
// change set on the other; a change's source brings its line into view and
// marks it, a line marks the changes read from it, a dated line that gave
// nothing is marked 未识别, and the text is shown as text, never as HTML.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES_DIR } from "../server/testing/sample-reports";
import { type AppSession, SHOTS, signedInHeaders, signInPage, startAppSession } from "./app-server";

const DEPARTMENT = "演示部";
const UNREAD = "12月18日 组内分享日 <b>全员</b>";
// the sample week, for a department of its own (so every item is new), with a dated line that says no event
const REPORT = readFileSync(path.join(SAMPLES_DIR, "reports", "2024-W47.md"), "utf8")
  .replace("# 2024-W47", `# ${DEPARTMENT} 周报 2024-W47`)
  .replace("5. 整装个体发薪：需求完成框架方案，业务期望1月初上线", `$&\n    - ${UNREAD}`);

let session: AppSession;
let departmentId: number;
beforeAll(async () => {
  session = await startAppSession();
  // the department the header names, so the import page proposes it
  const res = await fetch(`${session.server.url}/api/trpc/department.create`, {
    method: "POST",
    headers: { ...(await signedInHeaders(session.server)), "content-type": "application/json" },
    body: JSON.stringify({ json: { name: DEPARTMENT } }),
  });
  departmentId = ((await res.json()) as { result: { data: { json: { id: number } } } }).result.data.json.id;
});
afterAll(() => session?.close());

async function profileRules(): Promise<{ kind: string; match: string; value: string; source: { week: string | null } }[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { departmentId } }));
  const res = await fetch(`${session.server.url}/api/trpc/layoutProfile.get?input=${input}`, {
    headers: await signedInHeaders(session.server),
  });
  return ((await res.json()) as { result: { data: { json: { rules: [] } } } }).result.data.json.rules;
}

async function openImport(): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "zh-CN" });
  page.setDefaultTimeout(20_000);
  await signInPage(page, session.server);
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not rendered");
  return b;
}
/** Wholly inside `outer` (the viewport, or a pane), vertically. */
const inside = (b: Box, outer: { y: number; height: number }) => b.y >= outer.y - 1 && b.y + b.height <= outer.y + outer.height + 1;
const VIEWPORT = { y: 0, height: 720 };

async function preview(page: Page) {
  await page.goto(`${session.server.url}/import`);
  await page.locator("textarea[name=report]").fill(REPORT);
  await page.getByRole("button", { name: "预览", exact: true }).click();
  const text = page.getByRole("region", { name: "周报原文" });
  const changes = page.getByRole("region", { name: "识别结果与变更" });
  await changes.locator("li.change").first().waitFor();
  return { text, changes };
}

describe("the import review beside the report text", { timeout: 120_000 }, () => {
  it("marks what was read in place, and links lines and changes both ways", async () => {
    const page = await openImport();
    const { text, changes } = await preview(page);

    // one row per line, numbered
    const rows = text.locator(".report-line");
    expect(await rows.count()).toBe(REPORT.split("\n").length);
    expect(await rows.nth(0).locator(".line-no").innerText()).toBe("1");

    // the first change and its line are both in view, side by side
    const first = changes.locator("li.change").first();
    // a department of its own: the report's first item is a new initiative there
    expect(await first.getAttribute("data-kind")).toBe("new_initiative");
    await expect.poll(async () => inside(await box(first), VIEWPORT)).toBe(true);
    const firstLine = await first.getAttribute("data-source-line");
    expect(firstLine).not.toBeNull();
    const firstRow = text.locator(`[data-line="${firstLine}"]`);
    await expect.poll(async () => inside(await box(firstRow), VIEWPORT)).toBe(true);
    expect((await box(text)).x + (await box(text)).width).toBeLessThanOrEqual((await box(changes)).x);
    await page.screenshot({ path: path.join(SHOTS, "review-beside-text.png") });

    // every new milestone is marked on the line it was read from, with its title
    const milestones = changes.locator('li.change[data-kind="new_milestone"]');
    const count = await milestones.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const change = milestones.nth(i);
      const title = (await change.locator(".change-text").innerText()).split(" ")[0]!;
      const row = text.locator(`[data-line="${await change.getAttribute("data-source-line")}"]`);
      expect(await row.getAttribute("class")).toContain("marked");
      expect(await row.locator('[data-kind="milestone"]').allInnerTexts()).toContainEqual(expect.stringContaining(title));
    }

    // a change's source far down the list: its line scrolls into view in the text and is marked
    // (a row shows its source unless the row above shows the same line)
    const last = milestones.filter({ has: page.locator("button.change-source") }).last();
    const lastLine = await last.getAttribute("data-source-line");
    await last.locator("button.change-source").click();
    const lastRow = text.locator(`[data-line="${lastLine}"]`);
    await expect.poll(() => lastRow.getAttribute("aria-current")).toBe("true");
    await expect.poll(async () => inside(await box(lastRow), await box(text)) && inside(await box(lastRow), VIEWPORT)).toBe(true);
    expect(await text.locator('.report-line[aria-current="true"]').count()).toBe(1);

    // a line in the text: the changes read from it are marked, and only those
    const picked = await milestones.nth(1).getAttribute("data-source-line");
    const fromPicked = changes.locator(`li.change[data-source-line="${picked}"]`);
    const expected = await fromPicked.count();
    await text.locator(`[data-line="${picked}"] .line-text`).click();
    await expect.poll(() => changes.locator("li.change.marked").count()).toBe(expected);
    for (let i = 0; i < expected; i++) expect(await fromPicked.nth(i).getAttribute("class")).toContain("marked");
    await expect.poll(async () => inside(await box(changes.locator("li.change.marked").first()), await box(changes))).toBe(true);
    await text.getByText(`第 ${picked} 行读出 ${expected} 项变更`).waitFor();

    // a line that gave nothing says so, and marks no change
    await text.locator('[data-line="3"] .line-text').click();
    await text.getByText("第 3 行没有读出任何内容").waitFor();
    expect(await changes.locator("li.change.marked").count()).toBe(0);

    // the dated line that gave nothing is marked 未识别, shown as text (the markup is not HTML)
    const unread = text.locator(".report-line", { hasText: "12月18日 组内分享日" });
    expect(await unread.locator('[data-kind="unread"]').innerText()).toBe("未识别");
    expect(await unread.locator('[data-kind="unread"]').getAttribute("title")).toBe("未识别的日期行");
    expect(await unread.locator(".line-text").innerText()).toContain(UNREAD);
    expect(await unread.locator("b").count()).toBe(0);
    await unread.locator(".line-text").click();
    await text.getByText(/行未识别：未识别的日期行/).waitFor();

    // below 1100 px the two sides stack, the text above the changes
    await page.setViewportSize({ width: 1000, height: 720 });
    await expect.poll(async () => (await box(changes)).y >= (await box(text)).y + (await box(text)).height).toBe(true);
    await page.close();
  });

  it("keeps rename and alias apart, and remembers an added alias in the department's profile", async () => {
    const page = await openImport();
    const { changes } = await preview(page);
    const entry = changes.locator("section.review-entry[data-entry]").first();
    const name = await entry.locator("header strong").innerText();
    await entry.getByRole("button", { name: "修改条目…" }).click();
    // two controls, each saying what it does
    const rename = entry.getByRole("textbox", { name: "重命名为" });
    const alias = entry.getByRole("textbox", { name: "添加别名" });
    expect(await rename.getAttribute("placeholder")).toBe(name);
    expect(await rename.locator("xpath=..").getAttribute("title")).toContain("原名称保留为别名");
    expect(await alias.locator("xpath=..").getAttribute("title")).toContain("名称不变");
    await alias.fill("渗透动态");
    await page.getByRole("button", { name: "按选择重新预览" }).click();
    await expect.poll(() => page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(false);
    expect(await page.getByLabel("为本部门记住（之后的周报按此读取）").isChecked()).toBe(true);
    expect(await profileRules()).toEqual([]);
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W47 周报").waitFor();
    const rules = await profileRules();
    expect(rules.map((r) => [r.kind, r.match, r.value, r.source.week])).toEqual([["alias", "渗透动态", name, "2024-W47"]]);
    await page.close();
  });
});
