// Roles per department in the browser: a viewer reads the timeline but nothing on
// it can be dragged, and they are offered no import (the server refuses both anyway);
// an editor of one department sees nothing of another; leadership's portfolio counts
// each department and opens the timeline of the ones chosen, the URL keeping them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import {
  addSessionCookie,
  type AppServer,
  type AppSession,
  openPage,
  signedInHeaders,
  signInOverHttp,
  startAppSession,
} from "./app-server";
import { appApi, barOf } from "./timeline-helpers";

let session: AppSession;
let server: AppServer;
let browser: Browser;
let admin: ReturnType<typeof appApi>;
let sample: number;
let other: { id: number; name: string };

const OTHER_REPORT = "# 2024-W50\n\nCreated: 2024年12月14日 10:00\n\n## 【乙部门业务】\n\n1. 乙部门专属项目：进度30%，预计12/27上线。\n";
const USERS = {
  viewer: { username: "viewer_a", password: "viewer-password", name: "只读领导" },
  editor: { username: "editor_a", password: "editor-password", name: "甲部门PM" },
};

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  admin = appApi(server.url, await signedInHeaders(server));
  sample = await admin.sampleDepartmentId();
  other = await admin.mutate<{ id: number; name: string }>("department.create", { name: "乙部门" });
  await admin.mutate("importer.commit", { departmentId: other.id, text: OTHER_REPORT });
  await admin.mutate("user.create", { ...USERS.viewer, siteAdmin: false });
  await admin.mutate("user.create", { ...USERS.editor, siteAdmin: false });
  await admin.mutate("department.setRole", { departmentId: sample, user: USERS.viewer.username, role: "viewer" });
  await admin.mutate("department.setRole", { departmentId: sample, user: USERS.editor.username, role: "editor" });
});
afterAll(() => session?.close());

// Sign-in allows 3 attempts per 10 s from one address: each user signs in once.
const cookies = new Map<string, Promise<string>>();

/** A page signed in as `who`. */
async function pageAs(who: { username: string; password: string }): Promise<{ page: Page; cookie: string }> {
  if (!cookies.has(who.username)) cookies.set(who.username, signInOverHttp(server.url, who));
  const cookie = await cookies.get(who.username)!;
  const { page } = await openPage(browser);
  await addSessionCookie(page, server.url, cookie);
  return { page, cookie };
}

describe("a viewer", () => {
  it("reads the timeline with nothing to drag, no import on offer, and the server refuses an edit", async () => {
    const { page, cookie } = await pageAs(USERS.viewer);
    await page.goto(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    await page.getByText(messages.chart.readOnlyHint).waitFor();
    expect(await page.locator(".gantt .handle").count()).toBe(0);
    const nav = page.getByRole("navigation");
    await nav.getByRole("link", { name: messages.nav.timeline }).waitFor();
    expect(await nav.getByRole("link", { name: messages.nav.import }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: messages.nav.admin }).count()).toBe(0);

    // the detail panel has no edit buttons
    const [initiative] = await appApi(server.url, { cookie, origin: server.url }).initiatives();
    await barOf(page, `i-${initiative!.id}`).locator(".bar").first().click({ force: true });
    const panel = page.getByRole("region", { name: initiative!.name });
    await panel.locator("h2").waitFor();
    expect(await panel.getByRole("button", { name: messages.initiative.edit }).count()).toBe(0);

    await page.goto(`${server.url}/import`);
    await page.getByRole("status").filter({ hasText: messages.importer.noEditableDepartment }).waitFor();
    expect(await page.getByRole("button", { name: messages.importer.preview }).count()).toBe(0);

    const milestone = initiative!.milestones[0]!;
    const res = await fetch(`${server.url}/api/trpc/milestone.edit`, {
      method: "POST",
      headers: { cookie, origin: server.url, "content-type": "application/json" },
      body: JSON.stringify({ json: { id: milestone.id, expectedVersion: milestone.version, date: "2030-01-01" } }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { json: { message: string } } }).error.json.message).toBe(
      messages.auth.departmentForbidden("editor"),
    );
    expect((await admin.detail(initiative!.id)).milestones.find((m) => m.id === milestone.id)?.date).toBe(milestone.date);
    await page.close();
  });
});

describe("an editor of one department", () => {
  it("sees its timeline, reports and portfolio row and nothing of another department", async () => {
    const { page, cookie } = await pageAs(USERS.editor);
    await page.goto(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    expect(await page.locator(".gantt .handle").count()).toBeGreaterThan(0);
    expect(await page.getByText("乙部门专属项目").count()).toBe(0);

    await page.goto(`${server.url}/reports`);
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("cell", { name: other.name }).count()).toBe(0);

    await page.goto(`${server.url}/portfolio`);
    await page.getByRole("link", { name: "示例部门", exact: true }).waitFor();
    expect(await page.getByText(other.name).count()).toBe(0);

    const asked = await fetch(
      `${server.url}/api/trpc/timeline.get?input=${encodeURIComponent(JSON.stringify({ json: { departmentIds: [other.id] } }))}`,
      { headers: { cookie } },
    );
    expect(asked.status).toBe(403);
    await page.close();
  });
});

describe("leadership's portfolio", () => {
  it("counts each department and opens the timeline of the departments chosen, kept in the URL", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/portfolio`);
    const rows = page.getByRole("row");
    await rows.filter({ hasText: other.name }).waitFor();
    const sampleRow = rows.filter({ has: page.getByRole("link", { name: "示例部门", exact: true }) });
    // the samples have slipped milestones: the count links to the timeline filtered to them
    const slipped = sampleRow.getByRole("link", { name: new RegExp(`^示例部门${messages.portfolio.slipped} \\d+$`) });
    await slipped.waitFor();
    expect(await slipped.getAttribute("href")).toBe(`/?department=${sample}&state=slipped`);

    await page.getByRole("checkbox", { name: messages.portfolio.chooseOne("示例部门") }).check();
    await page.getByRole("checkbox", { name: messages.portfolio.chooseOne(other.name) }).check();
    await page.getByRole("button", { name: messages.portfolio.openSelected }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.getAll("department").length === 2);
    // several departments: each group header names its department; the URL is rewritten to the timeline's form
    await page
      .locator(".gantt .bar-label", { hasText: `${other.name} · 乙部门业务` })
      .first()
      .waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("department")).toBe([sample, other.id].sort((a, b) => a - b).join(","));

    // one department only: the other's rows are gone (the filter bar's checkbox is named by the department)
    await page.getByRole("checkbox", { name: other.name }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get("department")).toBe(String(sample));
    await expect.poll(() => page.getByText("乙部门专属项目").count()).toBe(0);
    await page.close();
  });
});

describe("the weekly overview per department", () => {
  it("offers the departments the user reads, and the chosen one's digest and CSV", async () => {
    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/week`);
    const department = page.getByRole("combobox", { name: messages.week.department });
    await department.selectOption({ label: other.name });
    await page.waitForURL((url) => url.searchParams.get("department") === String(other.id));
    await page.getByRole("region", { name: messages.week.sections.new_initiative }).getByText("乙部门专属项目").waitFor();
    expect(await page.getByText("长沙佣金存管").count()).toBe(0);
    const csv = page.getByRole("link", { name: messages.week.export });
    expect(await csv.getAttribute("href")).toBe(`/week/export?week=2024-W50&department=${other.id}`);
    const res = await fetch(`${server.url}${await csv.getAttribute("href")}`, { headers: await signedInHeaders(server) });
    expect(await res.text()).toContain("乙部门专属项目");
    await page.close();
  });

  it("shows one department's member no department choice, and refuses another department's CSV", async () => {
    const { page, cookie } = await pageAs(USERS.editor);
    await page.goto(`${server.url}/week`);
    await page.getByRole("combobox", { name: messages.week.select }).waitFor();
    expect(await page.getByRole("combobox", { name: messages.week.department }).count()).toBe(0);
    expect((await fetch(`${server.url}/week/export?department=${other.id}`, { headers: { cookie } })).status).toBe(403);
    await page.close();
  });
});

// last: it ends the viewer's session
describe("a session that ends while the page is open", () => {
  it("sends the page's next request back to sign-in, which returns to the same view", async () => {
    const { page, cookie } = await pageAs(USERS.viewer);
    await page.goto(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();

    // signed out elsewhere (another tab, an admin): the session row is gone
    const out = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: server.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(out.ok).toBe(true);
    await page.getByRole("searchbox", { name: messages.timeline.search }).fill("存管");
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/?q=${encodeURIComponent("存管")}`);
    await page.getByRole("form", { name: messages.auth.signInHeading }).waitFor();
    await page.close();
  });
});
