// Company SSO in the browser: the built app configured (OIDC_* env) against a real
// OpenID Connect provider on 127.0.0.1. A signed-out visitor is sent to the sign-in
// page, signs in with the company account on the provider's login form, comes back
// signed in, and signs out.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import { DEFAULT_SSO_NAME } from "~/server/auth/sso-config";
import { type OidcTestProvider, startOidcProvider } from "~/server/testing/oidc-provider";
import { type AppServer, launchBrowser, openPage, SHOTS, startAppServer } from "./app-server";

const SIGN_IN_PATH = "/sign-in";
const SESSION_COOKIE = "wrt.session_token";
const ZHANGSAN = { sub: "zhangsan", email: "zhangsan@example.com", name: "张三" };

let idp: OidcTestProvider;
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The provider first: the app reads its discovery document when its auth starts.
  // The app's port is not known yet, so the provider takes its callback on any 127.0.0.1 port.
  idp = await startOidcProvider({ redirectUris: ["http://127.0.0.1/api/auth/callback/sso"], anyLoopbackPort: true, accounts: [ZHANGSAN] });
  server = await startAppServer({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.stop();
});

const onSignInPage = (page: Page) => page.waitForURL((url) => url.origin === server.url && url.pathname === SIGN_IN_PATH);
const sessionCookie = async (page: Page) => (await page.context().cookies(server.url)).find((c) => c.name === SESSION_COOKIE);

describe("sign-in with the company account (OpenID Connect)", () => {
  it("sends a signed-out visitor to sign-in, signs 张三 in at the provider, shows 张三, and signs out", async () => {
    const { page, dialogs } = await openPage(browser);
    // the provider's dev login page imports a web font; nothing outside 127.0.0.1 is reachable here
    await page.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.abort());

    await page.goto(`${server.url}/`);
    await onSignInPage(page);
    expect(await sessionCookie(page)).toBeUndefined();
    await page.getByRole("button", { name: messages.auth.signInWith(DEFAULT_SSO_NAME) }).click();

    // the provider's own login form: the account's sub as login, any password
    await page.waitForURL((url) => url.origin === idp.issuer && url.pathname.startsWith("/interaction/"));
    await page.locator('input[name="login"]').fill(ZHANGSAN.sub);
    await page.locator('input[name="password"]').fill("any password");
    await page.locator('button[type="submit"]').click();

    // no consent screen: straight back through the app's callback to the page the visitor wanted
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("navigation").getByText(ZHANGSAN.name).first().waitFor();
    const cookie = await sessionCookie(page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
    await page.screenshot({ path: path.join(SHOTS, "sso-signed-in.png") });

    // signing out ends the app's session: back to sign-in, and "/" no longer opens
    await page.getByRole("button", { name: messages.auth.signOut }).click();
    await onSignInPage(page);
    await expect.poll(() => sessionCookie(page)).toBeUndefined();
    await page.goto(`${server.url}/`);
    await onSignInPage(page);
    await page.getByRole("button", { name: messages.auth.signInWith(DEFAULT_SSO_NAME) }).waitFor();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
