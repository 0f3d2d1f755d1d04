// The widest dates the tracker accepts (2000-01-01 … 2100-12-31) on one initiative:
// the timeline draws in every view mode without building a column per day of a
// century, and a day outside the window is refused by the API.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATE_WINDOW, EARLIEST_DAY, LATEST_DAY } from "~/lib/dates/date-window";
import { ViewModes } from "~/lib/domain/view-mode";
import { messages } from "~/lib/messages";
import { type AppServer, type AppSession, openPage, signedInHeaders, startAppSession } from "./app-server";
import { appApi, barOf } from "./timeline-helpers";

let session: AppSession;
let server: AppServer;
let browser: Browser;
let api: ReturnType<typeof appApi>;

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  api = appApi(server.url, await signedInHeaders(server));
});
afterAll(() => session?.close());

describe("the date window", () => {
  it("draws a timeline spanning 2000–2100 in every view mode, and refuses 9999", async () => {
    const initiative = (await api.initiatives()).find((i) => i.milestones.length > 0)!;
    const milestone = initiative.milestones[0]!;
    await expect(
      api.mutate("milestone.edit", { id: milestone.id, expectedVersion: milestone.version, date: "9999-12-31" }),
    ).rejects.toThrow(messages.edit.dateOutOfWindow(DEFAULT_DATE_WINDOW));
    await api.mutate("initiative.edit", { id: initiative.id, expectedVersion: initiative.version, startDate: EARLIEST_DAY });
    await api.mutate("milestone.edit", { id: milestone.id, expectedVersion: milestone.version, date: LATEST_DAY, rangeStart: LATEST_DAY });

    const { page } = await openPage(browser, server);
    await page.goto(`${server.url}/?view=Day`);
    for (const mode of ViewModes.values) {
      await page
        .getByRole("group", { name: messages.timeline.viewMode })
        .getByRole("button", { name: messages.timeline.viewModes[mode] })
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.get("view") ?? "Week").toBe(mode);
      await barOf(page, `i-${initiative.id}`).waitFor();
      // one header cell per column: capped at six years of days, not a century
      expect(await page.locator(".gantt-container .lower-text").count()).toBeLessThan(6 * 366 + 100);
    }
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThan(60_000);
    await page.close();
  });
});
