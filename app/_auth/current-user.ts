// The server side of "nothing without signing in": proxy.ts only looks for a cookie,
// so every page asks here whether its session is real.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { signInPath } from "~/lib/auth/next-path";
import { type DepartmentAccess, readAccess } from "~/server/api/trpc";
import { type SignedInUser, sessionUser } from "~/server/auth/session-user";
import { needsSetup } from "~/server/auth/first-admin";
import { db } from "~/server/db";

/** The request's signed-in user, or null (one session lookup per request). */
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  // headers() first: while `next build` prerenders (the not-found page) it stops here, before the auth is made
  const requestHeaders = await headers();
  return sessionUser(requestHeaders);
});

/** The signed-in user; else to /setup on a fresh install, or to the sign-in page that returns to `path`. */
export async function requireUser(path: string): Promise<SignedInUser> {
  const user = await currentUser();
  if (user) return user;
  if (await needsSetup(db)) redirect("/setup");
  redirect(signInPath(path));
}

/** The departments the signed-in user holds a role in (what the nav offers); none when signed out. */
export const currentAccess = cache(async (): Promise<DepartmentAccess[]> => {
  const user = await currentUser();
  return user ? readAccess(db, user) : [];
});
