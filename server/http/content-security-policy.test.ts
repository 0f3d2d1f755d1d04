// The CSP builder that proxy.ts uses, and the headers next.config.js puts on every response.
import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, SECURITY_HEADERS, ssoOriginOf } from "./content-security-policy";

/** directive name → its values */
function parse(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));
}

describe("contentSecurityPolicy", () => {
  const production = parse(contentSecurityPolicy({ scripts: { nonce: "abc123==" }, development: false }));

  it("allows scripts only by the request's nonce, without unsafe-eval or unsafe-inline in production", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(contentSecurityPolicy({ scripts: { nonce: "abc123==" }, development: false })).not.toMatch(/unsafe-eval/);
  });

  it("allows a static page's inline scripts by their hashes, its bundles by 'self', and nothing else inline", () => {
    const hashed = parse(contentSecurityPolicy({ scripts: { hashes: ["sha256-AAA=", "sha256-BBB="] }, development: false }));
    expect(hashed.get("script-src")).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(hashed.get("default-src")).toEqual(production.get("default-src"));
  });

  it("adds unsafe-eval (and the hot-reload websocket) only in development", () => {
    const dev = parse(contentSecurityPolicy({ scripts: { nonce: "n" }, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
    expect(dev.get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
  });

  it("forbids framing, plugins, foreign base URLs and foreign form targets", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("lets a form reach the SSO issuer's origin when SSO is configured", () => {
    const sso = parse(contentSecurityPolicy({ scripts: { nonce: "n" }, development: false, ssoOrigin: "https://idp.example.com" }));
    expect(sso.get("form-action")).toEqual(["'self'", "https://idp.example.com"]);
  });
});

describe("newNonce / ssoOriginOf", () => {
  it("makes a fresh base64 nonce of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("reduces OIDC_ISSUER to its origin", () => {
    expect(ssoOriginOf("https://idp.example.com:8443/realms/x/")).toBe("https://idp.example.com:8443");
    expect(ssoOriginOf(undefined)).toBeNull();
    expect(ssoOriginOf(" ")).toBeNull();
    expect(ssoOriginOf("not a url")).toBeNull();
  });
});

describe("next.config.js headers", () => {
  const rules = async () => {
    const { default: config } = (await import("../../next.config.js" as string)) as {
      default: { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    };
    return new Map((await config.headers()).map((r) => [r.source, Object.fromEntries(r.headers.map((h) => [h.key, h.value]))]));
  };

  it("puts SECURITY_HEADERS on every path", async () => {
    expect((await rules()).get("/:path*")).toEqual(SECURITY_HEADERS);
  });

  it("puts the API's fixed policy on /api, which the proxy skips", async () => {
    const all = await rules();
    expect([...all.keys()]).toEqual(["/:path*", "/api/:path*"]);
    expect(all.get("/api/:path*")).toEqual({ "Content-Security-Policy": API_CONTENT_SECURITY_POLICY });
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(API_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval/);
  });
});
