// Next 16's request proxy (formerly middleware.ts). Two jobs:
// 1. Every response gets the Content-Security-Policy (server/http/content-security-policy.ts). A page
//    rendered per request gets a fresh nonce, which also goes on the request, where Next finds it and
//    stamps its own scripts (the Next.js CSP guide). The static timeline shell (app/page.tsx) gets the
//    hashes of its inline scripts instead (server/http/static-shell-policy.ts).
// 2. A page request without a session cookie goes to the sign-in page. Only a quick look at the
//    cookie; the pages, tRPC and the CSV export check the session themselves on the server, and the
//    static shell's queries answer UNAUTHORIZED to a cookie that names no session.
// The API (/api/…) does not pass through here: its responses are data, not documents, and get a
// fixed policy from next.config.js. Running the proxy cost every API request about a fifth of its
// time under load (`npm run bench:load`: /api/health 414 → 545 requests/s, 304s 290 → 355).
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { signInPath } from "./lib/auth/next-path";
import { OPEN_PATHS } from "./lib/auth/open-paths";
import { contentSecurityPolicy, newNonce, ssoOriginOf } from "./server/http/content-security-policy";
import { staticPageScriptHashes } from "./server/http/static-shell-policy";

// the same prefix as server/auth/auth.ts's COOKIE_PREFIX (not imported: that module loads the database)
const COOKIE_PREFIX = "wrt";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hashes = staticPageScriptHashes(pathname);
  const csp = contentSecurityPolicy({
    scripts: hashes ? { hashes } : { nonce: newNonce() },
    development: process.env.NODE_ENV === "development",
    ssoOrigin: ssoOriginOf(process.env.OIDC_ISSUER),
  });
  let response: NextResponse;
  if (OPEN_PATHS.test(pathname) || getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX })) {
    // a page rendered per request reads its nonce from the request's policy; a static page has none to stamp
    const headers = new Headers(request.headers);
    if (!hashes) headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.redirect(new URL(signInPath(pathname + search), request.url));
  }
  response.headers.set("Content-Security-Policy", csp);
  // Next marks a prerendered page fit for shared caches for a year; it is behind the sign-in
  // cookie, and a copy kept past a deploy would name scripts that are gone. Asked again each
  // time, it costs what a static file does.
  if (hashes) response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

// Everything but the API, Next's static assets and the icons (next.config.js gives those their headers).
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"] };
