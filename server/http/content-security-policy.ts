// The security headers of every response, after the Next.js CSP guide
// (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md): proxy.ts makes a
// nonce per request and puts this policy on the request (Next reads the nonce from it and
// stamps it on its own inline and bundle scripts) and on the response. Pure: no env, no clock.

export interface CspOptions {
  /**
   * What may run inline: a fresh random value per request (base64, see `newNonce`) for a page
   * rendered per request, or the hashes of a static page's inline scripts (static-shell-policy.ts)
   */
  scripts: { nonce: string } | { hashes: readonly string[] };
  /** `next dev` only: React's dev tools use eval to rebuild server error stacks */
  development: boolean;
  /** the OIDC issuer's origin when company SSO is configured, else null */
  ssoOrigin?: string | null;
}

/**
 * script-src: the nonce plus 'strict-dynamic' (scripts Next's nonced runtime loads are trusted), or for
 * a static page the hashes of its inline scripts beside 'self' (its bundles and what they load); never
 * 'unsafe-inline', and 'unsafe-eval' only in development. style-src needs 'unsafe-inline' for React
 * `style` attributes (the gantt bars, column widths); a style nonce is left out on purpose, since
 * browsers ignore 'unsafe-inline' once a nonce is listed. form-action: the app's forms submit with
 * fetch, but the SSO origin is allowed too, as Chromium checks form-action on a form POST's redirects.
 */
export function contentSecurityPolicy({ scripts, development, ssoOrigin }: CspOptions): string {
  const inline = "nonce" in scripts ? [`'nonce-${scripts.nonce}'`, "'strict-dynamic'"] : scripts.hashes.map((h) => `'${h}'`);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...inline, ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // next dev's hot reload talks over a websocket to the same host
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", ...(ssoOrigin ? [ssoOrigin] : [])],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * The policy of every /api response (next.config.js): data, feeds and redirects, never a page that
 * runs script, so nothing may load, frame it or post from it. Inline styles stay for the plain
 * error page Better Auth serves under /api/auth.
 */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The other security headers, the same on every response (pages, route handlers, assets). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** A per-request nonce: 128 random bits, base64 (Web Crypto: works in the proxy's runtime). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The issuer's origin from OIDC_ISSUER, or null when it is unset or not a URL. */
export function ssoOriginOf(issuer: string | undefined): string | null {
  if (!issuer?.trim()) return null;
  try {
    return new URL(issuer.trim()).origin;
  } catch {
    return null;
  }
}
