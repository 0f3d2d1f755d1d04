// The signed-in user of a request, as pages (app/_auth/current-user.ts) and the API
// (server/api/trpc.ts) ask for it: Better Auth's session lookup behind a short cache
// (session-cache.ts says why, and what clears it).
import { getSessionCookie } from "better-auth/cookies";
import { COOKIE_PREFIX, getAuth } from "./auth";
import { createSessionCache } from "./session-cache";

/** Who is calling: the signed-in user, whose display name edits and imports record. */
export interface SignedInUser {
  id: string;
  name: string;
  siteAdmin: boolean;
}

const sessions = createSessionCache<SignedInUser>({
  read: async (headers) => {
    const session = await getAuth().api.getSession({ headers });
    return session ? { id: session.user.id, name: session.user.name, siteAdmin: session.user.siteAdmin === true } : null;
  },
  keyOf: (headers) => getSessionCookie(headers, { cookiePrefix: COOKIE_PREFIX }),
  ttlMs: 10_000,
  maxEntries: 10_000,
});

/** The user the request's session cookie names, or null. */
export const sessionUser = (headers: Headers): Promise<SignedInUser | null> => sessions.get(headers);

/** After anything that ends sessions or changes users: the next request of every session reads it again. */
export const forgetSessions = (): void => sessions.clear();
