// The first site admin: made at start from ADMIN_USERNAME / ADMIN_PASSWORD, or on
// the setup page while the user table is empty. Either way only while it is empty.
import type { Db } from "../db/create-client";
import type { Auth } from "./auth";
import { AccountError, createPasswordUser, type NewPasswordUser } from "./create-user";
import type { EnvSource } from "./env-source";

/** True while nobody can sign in yet: every page then leads to /setup. */
export async function needsSetup(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

// One process may get two setup requests at once; the unique username catches a second process.
let creating: Promise<unknown> = Promise.resolve();

/** Creates the first admin when no user exists; null when one already does. */
export async function createFirstAdmin(auth: Auth, db: Db, input: Omit<NewPasswordUser, "siteAdmin">): Promise<{ id: string } | null> {
  const run = creating.then(async () => ((await needsSetup(db)) ? createPasswordUser(auth, { ...input, siteAdmin: true }) : null));
  creating = run.catch(() => undefined);
  return run;
}

/** ADMIN_USERNAME / ADMIN_PASSWORD (and ADMIN_NAME) at start: the admin, once. */
export async function createAdminFromEnv(auth: Auth, db: Db, env: EnvSource = process.env): Promise<{ id: string } | null> {
  const username = env.ADMIN_USERNAME?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!username || !password) return null;
  try {
    return await createFirstAdmin(auth, db, { username, password, name: env.ADMIN_NAME });
  } catch (error) {
    // the server refuses to start: say which setting is wrong
    if (error instanceof AccountError) throw new AccountError(`ADMIN_USERNAME / ADMIN_PASSWORD: ${error.message}`);
    throw error;
  }
}
