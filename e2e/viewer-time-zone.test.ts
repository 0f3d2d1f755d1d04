// Times (not calendar days) show in the viewer's time zone: the same edit,
// read in Shanghai and in New York, shows each city's wall clock; the reports
// list and the audit log too. Real server, real browser contexts per zone.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatInstant } from "~/lib/dates/format-instant";
import { type AppServer, type AppSession, signedInHeaders, signInPage, startAppSession } from "./app-server";
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

async function pageIn(timezoneId: string) {
  const context = await browser.newContext({ timezoneId, locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInPage(page, server);
  return { page, close: () => context.close() };
}

describe("times in the viewer's time zone", () => {
  it("the detail panel's edit log shows the edit's time in Shanghai and in New York", async () => {
    const target = (await api.initiatives())[0]!;
    await api.mutate("initiative.edit", { id: target.id, expectedVersion: target.version, progress: 77, reason: "时区" });
    const at = (await api.detail(target.id)).edits.at(-1)!.at;
    const shown: Record<string, string> = {};
    for (const zone of ["Asia/Shanghai", "America/New_York"]) {
      const { page, close } = await pageIn(zone);
      await page.goto(`${server.url}/?initiative=${target.id}`);
      const time = page.locator(`.edit-log time[datetime="${at}"]`).first();
      await expect.poll(() => time.textContent()).toBe(formatInstant(at, zone));
      shown[zone] = (await time.textContent())!;
      await close();
    }
    expect(shown["Asia/Shanghai"]).not.toBe(shown["America/New_York"]);
  });

  it("the reports list and the audit log follow the zone too", async () => {
    for (const zone of ["Asia/Shanghai", "America/New_York"]) {
      const { page, close } = await pageIn(zone);
      for (const path of ["/reports", "/audit"]) {
        await page.goto(`${server.url}${path}`);
        const time = page.locator("table time").first();
        await time.waitFor();
        const iso = (await time.getAttribute("datetime"))!;
        await expect.poll(() => time.textContent()).toBe(formatInstant(iso, zone));
      }
      await close();
    }
  });
});
