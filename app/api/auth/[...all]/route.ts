// Better Auth's endpoints: /api/auth/sign-in/username, /sign-out, /change-password, SSO callback …
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "~/server/auth/auth";

export const dynamic = "force-dynamic";

// the auth instance is made at the first request, not when `next build` loads this module
export const GET = (request: Request) => toNextJsHandler(getAuth()).GET(request);
export const POST = (request: Request) => toNextJsHandler(getAuth()).POST(request);
