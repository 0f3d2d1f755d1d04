// proxy.ts: every request gets a fresh CSP nonce, on the response and (for Next to stamp its
// scripts) on the forwarded request; a page without a session cookie goes to sign-in.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config, proxy } from "../proxy";

const request = (path: string, cookie?: string) => new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("passes a signed-in page on with the same nonced policy on the request and the response", () => {
    const res = proxy(request("/week", "wrt.session_token=abc.def"));
    const csp = res.headers.get("content-security-policy");
    expect(nonceOf(csp)).toBeTruthy();
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("location")).toBeNull();
    expect(nonceOf(proxy(request("/week", "wrt.session_token=abc.def")).headers.get("content-security-policy"))).not.toBe(nonceOf(csp));
  });

  it("redirects an anonymous page request to sign-in, with the policy too", () => {
    const res = proxy(request("/week?week=2024-W50"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe(`http://localhost:3000/sign-in?next=${encodeURIComponent("/week?week=2024-W50")}`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("runs on pages and route handlers, not on the API or static assets", () => {
    const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const path of ["/", "/week", "/week/export", "/reports/1", "/sign-in", "/apis"]) expect(runsOn(path), path).toBe(true);
    for (const path of ["/api/health", "/api/trpc/timeline.get", "/api/auth/sign-in/email", "/_next/static/chunks/a.js", "/icon.svg"])
      expect(runsOn(path), path).toBe(false);
  });

  it("lets the sign-in and setup pages through without a session", () => {
    for (const path of ["/sign-in", "/sign-in?next=%2F", "/setup", "/setup/"]) {
      const res = proxy(request(path));
      expect(res.headers.get("location"), path).toBeNull();
      expect(nonceOf(res.headers.get("content-security-policy")), path).toBeTruthy();
    }
    expect(proxy(request("/sign-inx")).status).toBe(307);
  });

  it("allows unsafe-eval only under next dev, and the SSO issuer as a form target", () => {
    vi.stubEnv("OIDC_ISSUER", "https://idp.example.com/realms/corp");
    expect(proxy(request("/sign-in")).headers.get("content-security-policy")).toContain("form-action 'self' https://idp.example.com;");
    expect(proxy(request("/sign-in")).headers.get("content-security-policy")).not.toContain("unsafe-eval");
    vi.stubEnv("NODE_ENV", "development");
    expect(proxy(request("/sign-in")).headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });
});
