// The security headers in a real browser against `next start`: the timeline page arrives with a
// nonce-based Content-Security-Policy, runs without a single CSP violation (Next's inline scripts
// carry the nonce, frappe-gantt is bundled, React's style attributes are allowed) and the chart
// renders; pages, the API and static assets carry the other headers, the API a policy that lets nothing load.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

function expectStrictPolicy(csp: string | null | undefined): string {
  expect(csp).toBeTruthy();
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  return csp!;
}

describe("security headers", () => {
  it("serves the timeline with a nonce CSP, no violations, and a rendered chart", async () => {
    const { page } = await openPage(session.browser, server);
    const violations = await recordViolations(page);
    const response = await page.goto(`${server.url}/`);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const csp = expectStrictPolicy(headers["content-security-policy"]);
    expect(headers).toMatchObject(COMMON_HEADERS);
    expect(headers["permissions-policy"]).toContain("camera=()");

    await page.locator(".gantt-host .bar-wrapper").first().waitFor();
    // frappe-gantt animates its bars: wait until every animation has finished, so a late violation would have fired
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === "finished"));
    // Next stamped its inline scripts with the policy's nonce (scripts it loads later run under 'strict-dynamic')
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const scripts = await page.locator("script:not([src])").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);
    expect(violations).toEqual([]);

    // a second load gets a fresh nonce
    const again = await page.goto(`${server.url}/`);
    expect(again!.headers()["content-security-policy"]).not.toBe(csp);
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
