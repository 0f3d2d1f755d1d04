// The security headers in a real browser against `next start`. The timeline, a static shell, arrives
// with a Content-Security-Policy that allows its inline scripts by their hashes; the pages rendered
// per request (the week page, a not-found page) with a fresh nonce that Next stamps on its scripts.
// Each runs without a single CSP violation (frappe-gantt is bundled, React's style attributes are
// allowed) and the chart renders; pages, the API and static assets carry the other headers, the
// API a policy that lets nothing load.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../lib/messages";
import { API_CONTENT_SECURITY_POLICY } from "../server/http/content-security-policy";
import { type AppServer, type AppSession, openPage, startAppSession } from "./app-server";

let session: AppSession;
let server: AppServer;

beforeAll(async () => {
  session = await startAppSession();
  server = session.server;
});
afterAll(() => session?.close());

const COMMON_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

/** Records CSP violations as the console reports them and as `securitypolicyviolation` events. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => void violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

function expectStrictPolicy(csp: string | null | undefined, scripts: "nonce" | "hashes" = "nonce"): string {
  expect(csp).toBeTruthy();
  if (scripts === "nonce") expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  return csp!;
}

describe("security headers", () => {
  it("serves the timeline shell with its inline scripts allowed by hash, no violations, and a rendered chart", async () => {
    const { page } = await openPage(session.browser, server);
    const violations = await recordViolations(page);
    const response = await page.goto(`${server.url}/`);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const csp = expectStrictPolicy(headers["content-security-policy"], "hashes");
    expect(headers).toMatchObject(COMMON_HEADERS);
    expect(headers["permissions-policy"]).toContain("camera=()");

    await page.locator(".gantt-host .bar-wrapper").first().waitFor();
    // frappe-gantt animates its bars: wait until every animation has finished, so a late violation would have fired
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === "finished"));
    // every inline script of the page is one the policy names by its hash, and the nav (read in the browser) is there
    const inline = await page.locator("script:not([src])").evaluateAll((list) => list.map((s) => s.textContent ?? ""));
    expect(inline.length).toBeGreaterThan(0);
    const hashes = await Promise.all(
      inline.map((text) =>
        page.evaluate(async (t) => {
          const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(t));
          return btoa(String.fromCharCode(...new Uint8Array(digest)));
        }, text),
      ),
    );
    for (const hash of hashes) expect(csp).toContain(`'sha256-${hash}'`);
    await page.getByRole("navigation").getByRole("link", { name: messages.nav.week }).waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it("serves a page rendered per request, and a not-found page, with a fresh nonce on every script", async () => {
    const { page } = await openPage(session.browser, server);
    const violations = await recordViolations(page);
    for (const path of ["/week", "/no-such-page"]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(path === "/week" ? 200 : 404);
      const csp = expectStrictPolicy(response!.headers()["content-security-policy"]);
      await page.getByRole("navigation").getByRole("link", { name: messages.nav.timeline }).waitFor();
      const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
      const scripts = await page.locator("script:not([src])").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(
        scripts.every((n) => n === nonce),
        path,
      ).toBe(true);
      // a second load gets a fresh nonce
      const again = await page.goto(`${server.url}${path}`);
      expect(again!.headers()["content-security-policy"], path).not.toBe(csp);
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  it("puts the headers on the sign-in page, the API, a route handler and static assets", async () => {
    const { page } = await openPage(session.browser);
    const violations = await recordViolations(page);
    const signIn = await page.goto(`${server.url}/sign-in`);
    expectStrictPolicy(signIn!.headers()["content-security-policy"]);
    expect(signIn!.headers()).toMatchObject(COMMON_HEADERS);
    const asset = await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[src]")?.src);
    expect(violations).toEqual([]);
    await page.close();

    for (const url of [`${server.url}/api/trpc/report.list`, `${server.url}/api/health`, `${server.url}/week/export`, asset!]) {
      const res = await fetch(url, { redirect: "manual" });
      expect(Object.fromEntries(Object.keys(COMMON_HEADERS).map((h) => [h, res.headers.get(h)])), url).toEqual(COMMON_HEADERS);
      const csp = res.headers.get("content-security-policy");
      // the API's data gets a fixed policy that lets nothing load (the proxy, which makes nonces, skips /api)
      if (url.includes("/api/")) expect(csp, url).toBe(API_CONTENT_SECURITY_POLICY);
      else if (!url.includes("/_next/")) expectStrictPolicy(csp);
    }
  });

  it("answers an API error without a stack", async () => {
    const res = await fetch(`${server.url}/api/trpc/report.list`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toMatch(/"stack"|\bat .+:\d+:\d+/);
  });
});
