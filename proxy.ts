// Next 16's request proxy (formerly middleware.ts). Two jobs:
// 1. Every response gets the Content-Security-Policy with a fresh nonce (server/http/content-security-policy.ts).
//    The policy also goes on the request, where Next finds the nonce and stamps its own scripts
//    (the Next.js CSP guide); nonced pages must render per request, and every page reads the session.
// 2. A page request without a session cookie goes to the sign-in page. Only a quick look at the
//    cookie; the pages, tRPC and the CSV export check the session themselves on the server.
// The API (/api/…) does not pass through here: its responses are data, not documents, and get a
// fixed policy from next.config.js. Running the proxy cost every API request about a fifth of its
// time under load (`npm run bench:load`: /api/health 414 → 545 requests/s, 304s 290 → 355).
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { signInPath } from "./lib/auth/next-path";
import { contentSecurityPolicy, newNonce, ssoOriginOf } from "./server/http/content-security-policy";

// the same prefix as server/auth/auth.ts's COOKIE_PREFIX (not imported: that module loads the database)
const COOKIE_PREFIX = "wrt";

/** Open without a session: the sign-in and setup pages. */
const OPEN = /^\/(?:sign-in|setup)(?:\/|$)/;

export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === "development",
    ssoOrigin: ssoOriginOf(process.env.OIDC_ISSUER),
  });
  const { pathname, search } = request.nextUrl;
  let response: NextResponse;
  if (OPEN.test(pathname) || getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX })) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.redirect(new URL(signInPath(pathname + search), request.url));
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Everything but the API, Next's static assets and the icons (next.config.js gives those their headers).
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"] };
