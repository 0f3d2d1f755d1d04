// The compact import review in a real browser at 1280 × 720: the first change
// is in view after 预览, decisions survive typing in the text box, 确认导入
// waits for a current preview, a merge asks first, the success message counts
// what was applied, and 撤销本次导入 takes the import back. A move across
// groups (a milestone to another group's entry, 移到分组… of an entry) asks
// first too, and the initiative ends in the chosen group.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, type AppSession, SHOTS, signedInHeaders, signInPage, startAppSession } from "./app-server";

const REPORT = `# 2024-W51

Created: 2024年12月21日 10:00

## 【O1 业务服务】

1. 云帆清算平台：方案评审完成，进度10%，预计1/8提测，1/20上线。
2. 北斗风控：联调中，进度30%，预计1/15上线。
3. 星河对账平台：需求评审完成，进度20%，预计12/30提测。
`;

const TWO_GROUPS = `# 2024-W52

Created: 2024年12月28日 10:00

## 【O1 业务服务】

1. 云帆清算平台：方案评审完成，进度10%，预计1/8提测，1/20上线。
2. 北斗风控：联调中，进度30%，预计1/15上线。

## 【O3 平台治理】

1. 天枢治理平台：进度20%，预计1/10上线。
`;

let session: AppSession;
let server: AppServer;
let browser: Browser;
beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
});
afterAll(() => session?.close());

async function api<T>(procedure: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await fetch(`${server.url}/api/trpc/${procedure}${query}`, { headers: await signedInHeaders(server) });
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}
const reportCount = async () => (await api<unknown[]>("report.list")).length;

async function openImport(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "zh-CN" });
  page.setDefaultTimeout(20_000);
  await signInPage(page, server);
  await page.goto(`${server.url}/import`);
  return page;
}

describe("the import review", () => {
  it("shows the first change after 预览, keeps decisions through typing, and commits only a current preview", async () => {
    const before = await reportCount();
    const page = await openImport();
    const textBox = page.locator("textarea[name=report]");
    await textBox.fill(REPORT);
    await page.getByRole("button", { name: "预览", exact: true }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    const firstChange = review.locator("li.change").first();
    await firstChange.waitFor();
    await expect.poll(async () => (await firstChange.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    const box = (await firstChange.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await page.screenshot({ path: path.join(SHOTS, "review-compact.png") });

    // reject 星河对账平台's 提测, then type in the text box: the preview goes stale, the decision stays
    const entry = review.locator("section.review-entry", { hasText: "星河对账平台" });
    const test = entry.locator('li.change[data-kind="new_milestone"]', { hasText: "提测" });
    await test.getByRole("checkbox").uncheck();
    await page.getByRole("button", { name: "按选择重新预览" }).click();
    await expect.poll(() => page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(false);
    await textBox.press("End");
    await textBox.pressSequentially("4. 备注：无");
    await page.getByText("周报内容已修改，请重新预览后再导入").waitFor();
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "按选择重新预览" }).click();
    await expect.poll(() => page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(false);
    expect(await test.getByRole("checkbox").isChecked()).toBe(false);
    expect(await test.getAttribute("class")).toContain("rejected");

    // a merge asks first and says what will change; nothing is decided until confirmed
    const beidou = review.locator("section.review-entry", { hasText: "北斗风控" });
    await beidou.getByRole("button", { name: "修改条目…" }).click();
    await beidou.getByRole("combobox", { name: "合并到已有项目" }).selectOption({ label: "长沙佣金存管" });
    const confirm = beidou.getByRole("alertdialog", { name: "确认合并" });
    await confirm.getByText("「北斗风控」的本周内容将并入「长沙佣金存管」").waitFor();
    // it takes the focus (on 取消) and is in view
    expect(await confirm.evaluate((dialog) => dialog.contains(document.activeElement) && document.activeElement?.textContent)).toBe("取消");
    const dialogBox = (await confirm.boundingBox())!;
    expect(dialogBox.y >= 0 && dialogBox.y + dialogBox.height <= page.viewportSize()!.height).toBe(true);
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, "review-merge-confirm.png") });
    await confirm.getByRole("button", { name: "确认合并" }).click();
    await beidou.getByText("将并入「长沙佣金存管」").waitFor();
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "按选择重新预览" }).click();
    await review.locator("section.review-entry", { hasText: "长沙佣金存管" }).first().waitFor();
    await expect.poll(() => page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(false);

    // the success message counts the changes applied: every accepted row but the notices
    const applied = await review.locator('li.change:not(.rejected):not([data-kind="silent"])').count();
    const listed = await review.locator('li.change:not([data-kind="silent"])').count();
    expect(applied).toBe(listed - 1);
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W51 周报").waitFor();
    expect(await page.locator("[data-applied]").getAttribute("data-applied")).toBe(String(applied));
    await page.getByText(`已应用 ${applied} 项变更`).waitFor();
    expect(await reportCount()).toBe(before + 1);

    // 撤销本次导入 asks, then takes the import back
    await page.getByRole("button", { name: "撤销本次导入" }).click();
    await page.getByRole("alertdialog", { name: "撤销本次导入" }).getByRole("button", { name: "确认撤销" }).click();
    await expect.poll(reportCount).toBe(before);
    const names = (await api<{ groups: { initiatives: { name: string }[] }[] }>("timeline.get", {})).groups.flatMap((g) =>
      g.initiatives.map((i) => i.name),
    );
    expect(names).not.toContain("云帆清算平台");
    await page.close();
  });

  it("asks before a move across groups, and 移到分组… puts the initiative in the chosen group", async () => {
    const page = await openImport();
    await page.locator("textarea[name=report]").fill(TWO_GROUPS);
    await page.getByRole("button", { name: "预览", exact: true }).click();
    const review = page.getByRole("region", { name: "变更审阅" });
    const yunfan = review.locator("section.review-entry", { hasText: "云帆清算平台" });
    const test = yunfan.locator('li.change[data-kind="new_milestone"]', { hasText: "提测" });
    await test.waitFor();

    // a milestone to an entry of another group asks first, saying from where to where; cancel changes nothing
    await test.getByRole("button", { name: "修改…" }).click();
    const moveTo = test.getByRole("combobox", { name: "移到条目" });
    await moveTo.selectOption({ label: "天枢治理平台" });
    const confirmMove = test.getByRole("alertdialog", { name: "确认跨分组移动里程碑" });
    await confirmMove.getByText("将从分组「O1 业务服务」的「云帆清算平台」移到分组「O3 平台治理」的「天枢治理平台」").waitFor();
    await confirmMove.getByRole("button", { name: "取消" }).click();
    await confirmMove.waitFor({ state: "detached" });
    expect(await moveTo.inputValue()).toBe(await yunfan.getAttribute("data-entry-key"));
    // within the group it is immediate (and taken back the same way)
    await moveTo.selectOption({ label: "北斗风控" });
    expect(await test.getByRole("alertdialog").count()).toBe(0);
    expect(await moveTo.inputValue()).not.toBe(await yunfan.getAttribute("data-entry-key"));
    await moveTo.selectOption({ label: "云帆清算平台" });
    expect(await test.getByRole("alertdialog").count()).toBe(0);

    // 移到分组… on an entry: confirmed, then the preview and the commit put it in the chosen group
    // (the card whose head names it: the milestone's 移到条目 above lists it too)
    const tianshu = review.locator("section.review-entry").filter({ has: page.locator(".review-entry-head", { hasText: "天枢治理平台" }) });
    await tianshu.getByRole("button", { name: "修改条目…" }).click();
    await tianshu.getByRole("combobox", { name: "移到分组…" }).selectOption({ label: "O1 业务服务" });
    const confirmGroup = tianshu.getByRole("alertdialog", { name: "确认移到分组" });
    await confirmGroup.getByText("「天枢治理平台」将从分组「O3 平台治理」移到分组「O1 业务服务」。").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "review-group-move-confirm.png") });
    await confirmGroup.getByRole("button", { name: "确认移动" }).click();
    await tianshu.getByText("将移到分组「O1 业务服务」").waitFor();
    await page.getByRole("button", { name: "按选择重新预览" }).click();
    await tianshu.locator(".review-entry-head", { hasText: "【O1 业务服务】" }).waitFor();
    await expect.poll(() => page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(false);
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W52 周报").waitFor();
    const groupOf = async (name: string) =>
      (await api<{ groups: { name: string; initiatives: { name: string }[] }[] }>("timeline.get", {})).groups.find((g) =>
        g.initiatives.some((i) => i.name === name),
      )?.name;
    expect(await groupOf("天枢治理平台")).toBe("O1 业务服务");
    expect(await groupOf("云帆清算平台")).toBe("O1 业务服务");

    await page.getByRole("button", { name: "撤销本次导入" }).click();
    await page.getByRole("alertdialog", { name: "撤销本次导入" }).getByRole("button", { name: "确认撤销" }).click();
    await expect.poll(() => groupOf("天枢治理平台")).toBeUndefined();
    await page.close();
  });
});
