// Sign-ins (by password or company SSO), failed sign-ins, sign-outs and password
// changes in the audit log, from Better Auth's hooks
// (https://www.better-auth.com/docs/concepts/hooks). Each entry is written after
// Better Auth has answered and never throws (recordAudit), so a sign-in never fails
// because of the log.
import { type createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { Db } from "../db/create-client";
import { type AuditAction, recordAudit } from "../db/store/audit-log";
import { clientIp } from "./client-ip";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
interface Who {
  id: string;
  name: string;
}

const SIGN_IN_PATHS = new Set(["/sign-in/username", "/sign-in/email"]);
// company SSO returns to /callback/:id (genericOAuth's providers share the social callback; older releases used /oauth2/callback/:providerId)
const isOAuthCallback = (path: string | undefined) => !!path && (path === "/callback/:id" || path.startsWith("/oauth2/callback/"));

/** Hooks for Better Auth's `hooks` option (auth.ts runs them beside the account lockout's): who signs out, what happened. */
export function auditHooks(db: Db) {
  // sign-out deletes the session before the after hook runs: the before hook notes
  // whose it was, keyed by the request's context object (shared by both hooks)
  const signingOut = new WeakMap<object, Who>();

  async function before(ctx: HookContext): Promise<void> {
    if (ctx.path !== "/sign-out") return;
    const session = await getSessionFromCtx(ctx).catch(() => null);
    if (session) signingOut.set(ctx.context, { id: session.user.id, name: session.user.name });
  }

  async function after(ctx: HookContext): Promise<void> {
    const ip = ctx.headers ? clientIp(ctx.headers) : null;
    const failed = isFailure(ctx);
    const log = (action: AuditAction, who: Who | null, userName?: string) =>
      recordAudit(db, { action, userId: who?.id ?? null, userName: who?.name ?? userName ?? "", ip }, () => ({
        reason: failed ? errorCode(ctx.context.returned) : null,
      }));

    if (SIGN_IN_PATHS.has(ctx.path) || isOAuthCallback(ctx.path)) {
      const user = ctx.context.newSession?.user;
      if (user) return log("sign-in", user);
      if (!failed) return;
      if (isOAuthCallback(ctx.path)) return log("sign-in.failed", null, `SSO ${providerOf(ctx.params)}`.trim());
      const login = loginOf(ctx.body);
      return log("sign-in.failed", await knownUser(db, login), login);
    }
    if (ctx.path === "/sign-out") {
      const who = signingOut.get(ctx.context);
      if (who && !failed) await log("sign-out", who);
      return;
    }
    if (ctx.path === "/change-password" && !failed) {
      const user = ctx.context.session?.user;
      if (user) await log("password.change", user);
    }
  }

  /** A sign-in refused before Better Auth ran it (the account lockout's 429): a failed sign-in too. */
  async function refused(ctx: HookContext, error: unknown): Promise<void> {
    if (!SIGN_IN_PATHS.has(ctx.path)) return;
    const login = loginOf(ctx.body);
    const who = await knownUser(db, login).catch(() => null);
    const entry = {
      action: "sign-in.failed" as const,
      userId: who?.id ?? null,
      userName: who?.name ?? login,
      ip: ctx.headers ? clientIp(ctx.headers) : null,
    };
    await recordAudit(db, entry, () => ({ reason: errorCode(error) }));
  }

  return { before, after, refused };
}

/** Better Auth's error code (INVALID_USERNAME_OR_PASSWORD, ACCOUNT_LOCKED …), as the entry's reason. */
function errorCode(error: unknown): string | null {
  const body = (error as { body?: { code?: unknown } } | undefined)?.body;
  return typeof body?.code === "string" ? body.code : error instanceof Error ? error.message || null : null;
}

function providerOf(params: unknown): string {
  const { id, providerId } = (params ?? {}) as { id?: unknown; providerId?: unknown };
  return typeof id === "string" ? id : typeof providerId === "string" ? providerId : "";
}

/** The endpoint answered with an error (a redirect is not one). */
function isFailure(ctx: HookContext): boolean {
  const returned = ctx.context.returned as { statusCode?: unknown } | undefined;
  const status = typeof returned?.statusCode === "number" ? returned.statusCode : 200;
  return returned instanceof Error && (status < 300 || status >= 400);
}

/** The username or email a sign-in tried, trimmed to a sane length. */
function loginOf(body: unknown): string {
  const { username, email } = (body ?? {}) as { username?: unknown; email?: unknown };
  const login = typeof username === "string" ? username : typeof email === "string" ? email : "";
  return login.trim().slice(0, 200);
}

/** The account a failed sign-in named, when it exists (usernames are stored lower-cased). */
async function knownUser(db: Db, login: string): Promise<Who | null> {
  if (!login) return null;
  const where = login.includes("@") ? { email: login.toLowerCase() } : { username: login.toLowerCase() };
  return db.user.findFirst({ where, select: { id: true, name: true } });
}
