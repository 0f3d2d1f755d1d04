// Next 16's request proxy (formerly middleware.ts): a page request without a session
// cookie goes to the sign-in page. Only a quick look at the cookie; the pages, tRPC
// and the CSV export check the session itself on the server.
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { signInPath } from "./lib/auth/next-path";

// the same prefix as server/auth/auth.ts's COOKIE_PREFIX (not imported: that module loads the database)
const COOKIE_PREFIX = "wrt";

export function proxy(request: NextRequest) {
  if (getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX })) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(signInPath(pathname + search), request.url));
}

// Open without a session: the sign-in and setup pages, every /api route (auth, health,
// setup; tRPC answers UNAUTHORIZED itself), Next's assets and the icons.
export const config = { matcher: ["/((?!api/|_next/|sign-in|setup|favicon\\.ico|icon\\.svg).*)"] };
