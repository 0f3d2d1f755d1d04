// The timeline as a static shell (app/page.tsx), in a real browser against `next start`: the
// same HTML for every visitor, with nothing of theirs in it; the visitor, the nav and the view
// read in the browser; the view's own URL updates keep the page, and a navigation to another
// view starts over from its URL; a cookie that names no session goes to sign-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import { type AppServer, type AppSession, E2E_ADMIN, openPage, SESSION_COOKIE, signedInHeaders, startAppSession } from "./app-server";

let session: AppSession;
let server: AppServer;

beforeAll(async () => {
  ({ server } = session = await startAppSession());
});
afterAll(() => session?.close());

describe("the timeline shell", () => {
  it("is the same HTML for a signed-in visitor and for a stale cookie, with no user in it, kept by no shared cache", async () => {
    const headers = await signedInHeaders(server);
    const first = await fetch(`${server.url}/`, { headers });
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const signedIn = await first.text();
    const stale = await (await fetch(`${server.url}/`, { headers: { cookie: `${SESSION_COOKIE}=nobody.signed` } })).text();
    expect(stale).toBe(signedIn);
    expect(signedIn).not.toContain(E2E_ADMIN.name);
    expect(signedIn).not.toContain(E2E_ADMIN.username);
  });

  it("sends a cookie that names no session to sign-in, which comes back to the view", async () => {
    const { page } = await openPage(session.browser);
    await page.context().addCookies([{ name: SESSION_COOKIE, value: "nobody.signed", url: server.url }]);
    await page.goto(`${server.url}/?view=Month`);
    await page.waitForURL(`${server.url}/sign-in?next=${encodeURIComponent("/?view=Month")}`);
    await page.close();
  });

  it("keeps the page while the view writes its URL, and starts over on a navigation to another view", async () => {
    const { page } = await openPage(session.browser, server);
    await page.goto(`${server.url}/`);
    const nav = page.getByRole("navigation");
    await nav.getByText(E2E_ADMIN.name).waitFor();
    const host = page.locator(".gantt-host");
    await host.locator(".bar-wrapper").first().waitFor();
    const chart = await host.elementHandle();

    await page.getByRole("button", { name: messages.timeline.viewModes.Month }).click();
    await page.waitForURL(`${server.url}/?view=Month`);
    await expect
      .poll(() => page.getByRole("button", { name: messages.timeline.viewModes.Month }).getAttribute("aria-pressed"))
      .toBe("true");
    // the same chart, not a new one: writing the URL did not remount the view
    expect(await chart!.evaluate((e) => e.isConnected)).toBe(true);

    await nav.getByRole("link", { name: messages.nav.timeline }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByRole("button", { name: messages.timeline.viewModes.Week }).getAttribute("aria-pressed")).toBe("true");
    await host.locator(".bar-wrapper").first().waitFor();
    expect(await chart!.evaluate((e) => e.isConnected)).toBe(false);
    await page.close();
  });
});
