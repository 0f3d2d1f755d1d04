// Signing in with a username and password in the browser: an anonymous visitor is sent
// to the sign-in page, a wrong password is told in Chinese, the admin signs in, sees the
// timeline and signs out. A fresh install without ADMIN_USERNAME shows the setup page.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import { type AppServer, type AppSession, E2E_ADMIN, openPage, SESSION_COOKIE, SHOTS, startAppServer, startAppSession } from "./app-server";

let session: AppSession;
let server: AppServer;

beforeAll(async () => {
  session = await startAppSession();
  server = session.server;
});
afterAll(() => session?.close());

const sessionCookie = async (page: Page, url: string) => (await page.context().cookies(url)).find((c) => c.name === SESSION_COOKIE);

async function fillSignIn(page: Page, login: string, password: string) {
  const form = page.getByRole("form", { name: messages.auth.signInHeading });
  await form.getByLabel(messages.auth.login).fill(login);
  await form.getByLabel(messages.auth.password, { exact: true }).fill(password);
  await form.getByRole("button", { name: messages.auth.signIn }).click();
}

describe("signing in with a password", () => {
  it("sends an anonymous visitor to the sign-in page, and the API answers 401", async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${server.url}/week?week=2024-W50`);
    await page.waitForURL(`${server.url}/sign-in?next=${encodeURIComponent("/week?week=2024-W50")}`);
    await page.getByRole("form", { name: messages.auth.signInHeading }).waitFor();
    expect(await page.getByRole("navigation").count()).toBe(0);
    const api = await fetch(`${server.url}/api/trpc/report.list`);
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: { json: { message: string } } }).error.json.message).toBe(messages.auth.signInRequired);
    expect((await fetch(`${server.url}/week/export`, { redirect: "manual" })).status).toBe(307);
    await page.close();
  });

  it("tells a wrong password in Chinese and stays signed out", async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${server.url}/sign-in`);
    await fillSignIn(page, E2E_ADMIN.username, "not-the-password");
    await page.getByRole("alert").filter({ hasText: messages.auth.wrongCredentials }).waitFor();
    expect(await sessionCookie(page, server.url)).toBeUndefined();
    await page.screenshot({ path: path.join(SHOTS, "sign-in-wrong-password.png") });
    await page.close();
  });

  it("signs in, returns to the page asked for, shows the timeline and the name, and signs out", async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/sign-in`);
    await fillSignIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    await page.waitForURL(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    const nav = page.getByRole("navigation");
    await nav.getByText(E2E_ADMIN.name).waitFor();
    const cookie = await sessionCookie(page, server.url);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
    await page.screenshot({ path: path.join(SHOTS, "signed-in.png") });
    // the session as another client (a copied cookie) would use it: served now, refused once signed out
    const asCopiedCookie = () =>
      fetch(`${server.url}/api/trpc/department.mine`, { headers: { cookie: `${cookie!.name}=${cookie!.value}` } }).then((r) => r.status);
    expect(await asCopiedCookie()).toBe(200);

    await nav.getByRole("button", { name: messages.auth.signOut }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(await sessionCookie(page, server.url)).toBeUndefined();
    expect(await asCopiedCookie()).toBe(401);
    await page.goto(`${server.url}/import`);
    await page.waitForURL(`${server.url}/sign-in?next=${encodeURIComponent("/import")}`);
    await page.close();
  });

  it("refuses a tRPC mutation whose Origin is another site, even with a valid session", async () => {
    const cookie = await server.sessionCookie();
    const post = (origin: string) =>
      fetch(`${server.url}/api/trpc/initiative.edit`, {
        method: "POST",
        headers: { cookie, origin, "content-type": "application/json" },
        body: JSON.stringify({ json: { id: 1, expectedVersion: 1, progress: 1 } }),
      });
    expect((await post("https://evil.example")).status).toBe(403);
  });
});

describe("first start without ADMIN_USERNAME", () => {
  it("sends every page to /setup, which creates the admin and signs in; the admin changes the password", async () => {
    const fresh = await startAppServer({ ADMIN_USERNAME: "", ADMIN_PASSWORD: "", IMPORT_SAMPLES: "0" });
    try {
      const { page } = await openPage(session.browser);
      await page.goto(`${fresh.url}/reports`);
      await page.waitForURL(`${fresh.url}/setup`);
      const form = page.getByRole("form", { name: messages.auth.setupHeading });
      await form.getByLabel(messages.auth.username).fill("chief");
      await form.getByLabel(messages.auth.displayName).fill("李主管");
      await form.getByLabel(messages.auth.password, { exact: true }).fill("chief-password");
      await form.getByLabel(messages.auth.passwordAgain).fill("chief-passwrod");
      await form.getByRole("button", { name: messages.auth.createAdmin }).click();
      await page.getByRole("alert").filter({ hasText: messages.auth.passwordsDiffer }).waitFor();
      await form.getByLabel(messages.auth.passwordAgain).fill("chief-password");
      await form.getByRole("button", { name: messages.auth.createAdmin }).click();
      await page.waitForURL(`${fresh.url}/`);
      await page.getByRole("navigation").getByText("李主管").waitFor();
      await page.screenshot({ path: path.join(SHOTS, "setup-done.png") });

      // the name in the header leads to the password change
      await page.getByRole("navigation").getByRole("link", { name: "李主管" }).click();
      await page.waitForURL(`${fresh.url}/account`);
      const change = page.getByRole("form", { name: messages.auth.passwordHeading });
      await change.getByLabel(messages.auth.currentPassword).fill("wrong-password");
      await change.getByLabel(messages.auth.newPassword).fill("chief-password-2");
      await change.getByLabel(messages.auth.passwordAgain).fill("chief-password-2");
      await change.getByRole("button", { name: messages.auth.changePassword }).click();
      await page.getByRole("alert").filter({ hasText: messages.auth.wrongCurrentPassword }).waitFor();
      await change.getByLabel(messages.auth.currentPassword).fill("chief-password");
      await change.getByRole("button", { name: messages.auth.changePassword }).click();
      await page.getByRole("status").filter({ hasText: messages.auth.passwordChanged }).waitFor();
      const signIn = (password: string) =>
        fetch(`${fresh.url}/api/auth/sign-in/username`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: fresh.url },
          body: JSON.stringify({ username: "chief", password }),
        });
      expect((await signIn("chief-password")).status).toBe(401);
      expect((await signIn("chief-password-2")).status).toBe(200);

      // set up once: the setup page now leads to sign-in
      const { page: other } = await openPage(session.browser);
      await other.goto(`${fresh.url}/setup`);
      await other.waitForURL(`${fresh.url}/sign-in`);
      await Promise.all([page.close(), other.close()]);
    } finally {
      await fresh.stop();
    }
  });
});
