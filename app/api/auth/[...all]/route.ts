// Better Auth's endpoints: /api/auth/sign-in/username, /sign-out, /change-password, SSO callback …
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "~/server/auth/auth";
import { forgetSessions } from "~/server/auth/session-user";

export const dynamic = "force-dynamic";

// the auth instance is made at the first request, not when `next build` loads this module
export const GET = (request: Request) => toNextJsHandler(getAuth()).GET(request);
// a POST signs in or out, or changes a password (which may end sessions): the cached sessions go (session-cache.ts)
export async function POST(request: Request): Promise<Response> {
  try {
    return await toNextJsHandler(getAuth()).POST(request);
  } finally {
    forgetSessions();
  }
}
