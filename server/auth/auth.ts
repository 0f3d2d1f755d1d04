// The sign-in machinery (Better Auth, https://www.better-auth.com/docs): sessions in
// the app's database through its own Prisma client, username or email + password,
// and company SSO when the environment names an OpenID Connect provider.
import path from "node:path";
import { betterAuth } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { username } from "better-auth/plugins/username";
import { databaseTarget, db } from "../db";
import { type Db, providerOf } from "../db/create-client";
import { accountLockout } from "./account-lockout";
import { appUrl } from "./app-url";
import { auditHooks } from "./audit-hooks";
import { authSecret } from "./auth-secret";
import { ssoConfig, type SsoEnv } from "./sso-config";

/** Session cookies are `wrt.session_token`; proxy.ts looks for that name. */
export const COOKIE_PREFIX = "wrt";
export const MIN_PASSWORD_LENGTH = 8;

export interface AuthSettings {
  /** where the app is reached (APP_URL) */
  baseURL: string;
  secret: string;
  /** where the OIDC_* settings come from (process.env by default) */
  env?: SsoEnv;
  /** the clock of the per-account sign-in limit (tests move it) */
  now?: () => number;
}

export function createAuth(client: Db, settings: AuthSettings) {
  const sso = ssoConfig(settings.env ?? process.env);
  const lockout = accountLockout(client, { now: settings.now });
  const audit = auditHooks(client);
  return betterAuth({
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: prismaAdapter(client, { provider: providerOf(client) }),
    // accounts are made by the server (first start, setup page), never by a stranger over HTTP
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    user: { additionalFields: { siteAdmin: { type: "boolean", defaultValue: false, input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Better Auth turns this off in production only by default; the database keeps counts across restarts
    rateLimit: { enabled: true, storage: "database" },
    // per account as well: 5 wrong passwords in 10 minutes lock it for 10 minutes (account-lockout.ts);
    // then sign-ins, failed sign-ins, sign-outs and password changes in the audit log (audit-hooks.ts)
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await lockout.before(ctx).catch(async (error: unknown) => {
          await audit.refused(ctx, error);
          throw error;
        });
        await audit.before(ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        await lockout.after(ctx);
        await audit.after(ctx);
      }),
    },
    trustedOrigins: [new URL(settings.baseURL).origin],
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // a Secure cookie is dropped on plain http://intranet-host, so follow the URL people use
      useSecureCookies: settings.baseURL.startsWith("https://"),
      // vitest sets NODE_ENV=test, which would otherwise switch the check off
      disableOriginCheck: false,
      // a session and its user in one query, not two: every request of a signed-in page asks for them
      database: { joins: true },
    },
    plugins: [username(), ...(sso ? [genericOAuth({ config: [sso] })] : [])],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Where the generated secret is kept: beside the SQLite file, else in ./data. */
function dataDir(): string {
  return databaseTarget.provider === "sqlite" && databaseTarget.file !== ":memory:"
    ? path.dirname(databaseTarget.file)
    : path.resolve("data");
}

let instance: Auth | undefined;

/**
 * The app's auth, made on first use: `next build` evaluates route modules, and
 * making it then would run SSO discovery and write the secret file at build time.
 */
export function getAuth(): Auth {
  instance ??= createAuth(db, { baseURL: appUrl(), secret: authSecret(dataDir()) });
  return instance;
}
