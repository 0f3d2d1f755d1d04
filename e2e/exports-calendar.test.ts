// The calendar subscription: an editor makes a secret URL on /calendar, a
// calendar app (here: fetch without a session, parsed with ical.js) reads the
// department's milestones; a milestone moved with the real edit keeps its UID
// with a new date; another department's milestones never appear; revoked → 404.
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Timeline } from "~/server/tracking/types";
import { type AppServer, type AppSession, signedInHeaders, signInPage, startAppSession } from "./app-server";
import { appApi } from "./timeline-helpers";

const OTHER = "乙部门";
const OTHER_REPORT = `# 2024-W50

Created: 2024年12月14日 10:00

## 【乙 专属】

1. 乙部门专属项目：开发中，进度40%，预计12/30上线。
`;

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
  const other = await api.mutate<{ id: number }>("department.create", { name: OTHER });
  await api.mutate("importer.commit", { departmentId: other.id, text: OTHER_REPORT });
});
afterAll(() => session?.close());

/** A page that accepts confirm() (撤销 asks first). */
async function acceptingPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  await signInPage(page, server);
  page.setDefaultTimeout(20_000);
  page.on("dialog", (d) => void d.accept());
  return page;
}

/** What a calendar app sees: no cookie, just the URL. */
async function subscribe(url: string) {
  const res = await fetch(url);
  if (res.status !== 200) return { status: res.status, events: [] };
  expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return { status: 200, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("the calendar subscription of a department", () => {
  it("serves the department's milestones; a moved one keeps its UID; revoked, it is gone", async () => {
    const departmentId = await api.sampleDepartmentId();
    const page = await acceptingPage();
    await page.goto(`${server.url}/calendar`);
    await page.getByRole("combobox", { name: "部门" }).selectOption(String(departmentId));
    await page.getByRole("button", { name: "新建订阅链接" }).click();
    const url = await page.getByRole("textbox", { name: /新的订阅链接/ }).inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));

    const timeline = await api.query<Timeline>("timeline.get", { departmentIds: [departmentId] });
    const milestones = timeline.groups.flatMap((g) => g.initiatives.flatMap((i) => i.milestones.map((m) => ({ i, m }))));
    const first = await subscribe(url);
    expect(first.status).toBe(200);
    expect(first.events).toHaveLength(milestones.length);
    const byUid = new Map(first.events.map((e) => [e.uid, e]));
    for (const { i, m } of milestones) {
      const event = byUid.get(`milestone-${m.id}@weekly-report-tracker`)!;
      expect(event.summary).toBe(`${i.name} · ${m.title}`);
      expect(event.startDate.toString()).toBe(m.date);
    }
    expect(first.events.some((e) => e.summary.includes("乙部门专属项目"))).toBe(false);

    // move a milestone with the real edit
    const { m } = milestones[0]!;
    const moved = m.date < "2025-03-01" ? "2025-03-03" : "2025-04-01";
    await api.mutate("milestone.edit", { id: m.id, expectedVersion: m.version, date: moved, rangeStart: moved, reason: "日历测试" });
    const second = await subscribe(url);
    const uid = `milestone-${m.id}@weekly-report-tracker`;
    const again = second.events.filter((e) => e.uid === uid);
    expect(again).toHaveLength(1);
    expect(again[0]!.startDate.toString()).toBe(moved);
    expect(again[0]!.sequence).toBeGreaterThan(byUid.get(uid)!.sequence);
    expect(second.events).toHaveLength(first.events.length);

    // revoke it on the page
    const list = page.getByRole("table", { name: "订阅链接" });
    await list.getByRole("button", { name: "撤销" }).click();
    await list.getByText(/已撤销/).waitFor();
    expect((await subscribe(url)).status).toBe(404);
    expect((await subscribe(url.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${"A".repeat(43)}.ics`))).status).toBe(404);
    await page.close();
  });
});
