// Issue #13 in a real browser, on lists: numbered areas over bulleted work are
// read as groups of the bullets; one action on a bullet's entry says the numbered
// items are the work (list depth 1), the preview is re-read on the server, and the
// remembered rule shows on the profile page in words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppSession, startAppSession } from "./app-server";
import { reviewEntry, reviewEntryNames, sessionApi, signedInPage } from "./review-helpers";
import { numberedAreasReport } from "~/server/extract/profile/numbered-areas.fixture";

const REPORT = numberedAreasReport();

let session: AppSession;

beforeAll(async () => {
  session = await startAppSession();
  await (await sessionApi(session)).mutate("department.create", { name: "平台部" });
});
afterAll(() => session?.close());

describe("projects at a list depth, from the review", { timeout: 240_000 }, () => {
  it("makes the numbered items the initiatives from a bullet's entry, commits, and lists the rule in words", async () => {
    const page = await signedInPage(session);
    await page.goto(`${session.server.url}/import`);
    await page.locator("textarea[name=report]").fill(REPORT);
    await page.getByRole("button", { name: "预览" }).click();
    await reviewEntry(page, "长沙佣金存管").waitFor();
    expect(await reviewEntryNames(page)).toEqual(["长沙佣金存管", "收银台改版", "规则引擎"]);

    const section = reviewEntry(page, "长沙佣金存管").first();
    const action = section.getByRole("combobox", { name: "这不是项目" });
    if (!(await action.isVisible())) await section.getByRole("button", { name: "修改条目…" }).click();
    await action.selectOption({ label: "项目在上一层（列表第 1 级）" });
    await expect.poll(async () => (await reviewEntryNames(page)).join(","), { timeout: 30_000 }).toBe("支付中台,风控平台");
    const panel = page.getByRole("region", { name: "版式修正" });
    expect(await panel.innerText()).toContain("列表第 1 级的每一项是一个项目");

    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W49 周报").waitFor();

    await page.goto(`${session.server.url}/admin/profile`);
    const select = page.getByLabel("部门");
    if (await select.count()) await select.selectOption({ label: "平台部" });
    const table = page.getByRole("table", { name: "版式配置" });
    await table.locator("tr[data-rule]").first().waitFor();
    expect(await table.innerText()).toContain("列表第 1 级的每一项是一个项目");
    await page.close();
  });
});
