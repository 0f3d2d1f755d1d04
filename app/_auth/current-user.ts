// The server side of "nothing without signing in": proxy.ts only looks for a cookie,
// so every page asks here whether its session is real.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { signInPath } from "~/lib/auth/next-path";
import { type DepartmentAccess, readAccess } from "~/server/api/trpc";
import { getAuth } from "~/server/auth/auth";
import { needsSetup } from "~/server/auth/first-admin";
import { db } from "~/server/db";

export interface CurrentUser {
  id: string;
  name: string;
  siteAdmin: boolean;
}

/** The request's signed-in user, or null (one session lookup per request). */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  // headers() first: while `next build` prerenders (the not-found page) it stops here, before the auth is made
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  return session ? { id: session.user.id, name: session.user.name, siteAdmin: session.user.siteAdmin === true } : null;
});

/** The signed-in user; else to /setup on a fresh install, or to the sign-in page that returns to `path`. */
export async function requireUser(path: string): Promise<CurrentUser> {
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
