// Issue #13 in a real browser: a report whose layout the extractor misreads is
// corrected in the review with one structural action per kind of mistake, and
// committed; the next week of the same team, in the same layout, is then read
// right with no correction. The profile page lists the rules with their source.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROFILE_W47, PROFILE_W48 } from "../server/testing/profile-reports";
import { type AppSession, startAppSession } from "./app-server";
import { reviewEntry, reviewEntryNames, sessionApi, signedInPage } from "./review-helpers";

let session: AppSession;
let api: Awaited<ReturnType<typeof sessionApi>>;

beforeAll(async () => {
  session = await startAppSession();
  api = await sessionApi(session);
  // the department the reports' header names, so the import page proposes it
  await api.mutate("department.create", { name: "支付部" });
});
afterAll(() => session?.close());

/** Chooses a structural action on an entry and waits for the re-read preview to drop or regroup it. */
async function correct(page: Page, name: string, label: string, gone: () => Promise<boolean>) {
  const section = reviewEntry(page, name).first();
  const action = section.getByRole("combobox", { name: "这不是项目" });
  // an entry's actions open on demand
  if (!(await action.isVisible())) await section.getByRole("button", { name: "修改条目…" }).click();
  await action.selectOption({ label });
  await expect.poll(gone, { timeout: 30_000 }).toBe(true);
}

describe("structural corrections, remembered for the department", { timeout: 240_000 }, () => {
  it("corrects the misread layout once in the review and commits it", async () => {
    const page = await signedInPage(session);
    await page.goto(`${session.server.url}/import`);
    await page.locator("textarea[name=report]").fill(PROFILE_W47);
    await page.getByRole("button", { name: "预览" }).click();
    await reviewEntry(page, "补充").waitFor();
    expect(await reviewEntryNames(page)).toEqual(["长沙佣金存管", "补充", "王小明", "新渠道", "收银台改版", "网关", "复盘机制"]);

    await correct(page, "补充", "属于上一项", async () => !(await reviewEntryNames(page)).includes("补充"));
    await correct(page, "王小明", "忽略（背景、人名、元信息）", async () => !(await reviewEntryNames(page)).includes("王小明"));
    await correct(page, "新渠道", "是一个分组", async () => (await reviewEntryNames(page)).includes("渠道甲"));
    await correct(page, "网关", "项目在这一层（h3）", async () => (await reviewEntryNames(page)).includes("网关升级"));
    await correct(page, "复盘机制", "跳过整节“经验分享”", async () => !(await reviewEntryNames(page)).includes("复盘机制"));
    const panel = page.getByRole("region", { name: "版式修正" });
    await panel.getByLabel("不是进度的百分比（标签）").fill("灰度");
    await panel.getByRole("button", { name: "添加" }).click();
    await panel.locator('[data-correction="notProgress"]').waitFor();
    await expect.poll(async () => reviewEntry(page, "收银台改版").locator('[data-kind="progress_change"]').count()).toBe(0);

    expect(await reviewEntryNames(page)).toEqual(["长沙佣金存管", "渠道甲", "渠道乙", "收银台改版", "网关升级"]);
    expect(await panel.getByRole("checkbox", { name: "为本部门记住（之后的周报按此读取）" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入 2024-W47 周报").waitFor();
    await page.close();
  });

  it("reads the next week of the team the corrected way, with no correction", async () => {
    const page = await signedInPage(session);
    await page.goto(`${session.server.url}/import`);
    await page.locator("textarea[name=report]").fill(PROFILE_W48);
    await page.getByRole("button", { name: "预览" }).click();
    await reviewEntry(page, "长沙佣金存管").waitFor();
    // only the initiatives that changed are listed, each read as corrected
    expect(await reviewEntryNames(page)).toEqual(["长沙佣金存管", "渠道甲"]);
    await page.getByText(/本部门版式配置在这份周报中生效 \d+ 处/).waitFor();

    type Change = {
      kind: string;
      initiativeName: string;
      title?: string;
      oldDate?: string;
      newDate?: string;
      oldState?: string;
      newState?: string;
      oldProgress?: number;
      newProgress?: number;
    };
    const set = await api.mutate<{ changes: Change[] }>("importer.preview", { text: PROFILE_W48 });
    const summary = (c: Change) =>
      [
        c.kind,
        c.initiativeName,
        c.title ?? "",
        `${c.oldDate ?? c.oldState ?? c.oldProgress ?? ""}→${c.newDate ?? c.newState ?? c.newProgress ?? ""}`,
      ]
        .filter((part) => part !== "")
        .join(" ");
    expect(set.changes.map(summary).sort()).toEqual(
      [
        "progress_change 长沙佣金存管 10→30",
        "state_change 长沙佣金存管 支付上线 planned→done",
        "date_change 长沙佣金存管 可能影响提测 2024-12-05→2024-12-06",
        "date_change 渠道甲 上线 2024-12-10→2024-12-12",
      ].sort(),
    );
    await page.close();
  });

  it("lists the remembered rules with where they came from on the profile page", async () => {
    const page = await signedInPage(session);
    await page.goto(`${session.server.url}/admin/profile`);
    const select = page.getByLabel("部门");
    if (await select.count()) await select.selectOption({ label: "支付部" });
    const table = page.getByRole("table", { name: "版式配置" });
    await table.locator("tr[data-rule]").nth(5).waitFor();
    expect(await table.locator("tr[data-rule]").count()).toBe(6);
    expect(await table.innerText()).toContain("周报 2024-W47 · PM");
    await page.close();
  });
});
