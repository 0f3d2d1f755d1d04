// Per-account sign-in limit, on top of Better Auth's per-IP limit (which a client can dodge by
// rotating X-Forwarded-For when no trusted proxy is configured; see docs/design/accounts-research.md):
// after MAX_FAILURES wrong passwords for one account within WINDOW_MS, every sign-in to that
// account is refused with 429 for LOCK_MS, whatever the address. The failures are kept in Better
// Auth's own RateLimit table under "account-lockout|…", so they survive restarts and are shared by
// all app processes. A successful sign-in clears them.
// Trade-off: someone who knows a user name can keep that account locked (10 minutes at a time).
import { APIError } from "better-auth/api";
import { messages } from "~/lib/messages";
import type { Db } from "../db/create-client";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 10 * 60_000;
export const LOCK_MS = 10 * 60_000;

const SIGN_IN_PATHS = new Set(["/sign-in/username", "/sign-in/email"]);
const KEY_PREFIX = "account-lockout|";
/** the `code` of the 429 answer, which the sign-in form shows with its own message (Better Auth's per-IP 429 has none) */
export const ACCOUNT_LOCKED = "ACCOUNT_LOCKED";

export interface LockoutOptions {
  /** the clock, in epoch ms (tests move it) */
  now?: () => number;
}

/** What the hooks see of Better Auth's middleware context. */
interface HookContext {
  path?: string;
  body?: unknown;
  context: { returned?: unknown };
}

/**
 * The account a sign-in names: the user's id when the user name or email exists (so both ways of
 * signing in share one count), else the name as typed (unknown names are limited the same way).
 */
async function keyOf(client: Db, body: unknown): Promise<string | null> {
  const fields = (body ?? {}) as { username?: unknown; email?: unknown };
  const given = typeof fields.username === "string" ? fields.username : typeof fields.email === "string" ? fields.email : "";
  const name = given.trim().toLowerCase();
  if (!name) return null;
  const user = await client.user.findFirst({ where: { OR: [{ username: name }, { email: name }] }, select: { id: true } });
  return KEY_PREFIX + (user ? `user:${user.id}` : `name:${name}`);
}

/** Wrong credentials: Better Auth answers 401 (a 400 for a malformed body is not a guess at the password). */
function isWrongCredentials(returned: unknown): boolean {
  return returned instanceof APIError && returned.statusCode === 401;
}

/** The two halves of the limit, which server/auth/auth.ts calls from Better Auth's `hooks.before` / `hooks.after`. */
export function accountLockout(client: Db, options: LockoutOptions = {}) {
  const now = options.now ?? Date.now;

  /** Before a sign-in: refuse it while the account is locked. */
  async function before(ctx: HookContext): Promise<void> {
    if (!ctx.path || !SIGN_IN_PATHS.has(ctx.path)) return;
    const key = await keyOf(client, ctx.body);
    if (!key) return;
    const row = await client.rateLimit.findUnique({ where: { key } });
    if (!row || row.count < MAX_FAILURES) return;
    const left = Number(row.lastRequest) + LOCK_MS - now();
    if (left > 0)
      throw new APIError("TOO_MANY_REQUESTS", { code: ACCOUNT_LOCKED, message: messages.auth.accountLocked(Math.ceil(left / 60_000)) });
  }

  /** After a sign-in: count a wrong password, forget the failures on success. */
  async function after(ctx: HookContext): Promise<void> {
    if (!ctx.path || !SIGN_IN_PATHS.has(ctx.path)) return;
    const key = await keyOf(client, ctx.body);
    if (!key) return;
    const returned = ctx.context.returned;
    if (!isWrongCredentials(returned)) {
      if (!(returned instanceof APIError)) await client.rateLimit.deleteMany({ where: { key } });
      return;
    }
    const at = now();
    const row = await client.rateLimit.findUnique({ where: { key } });
    // a failure starts a new count once the last one is older than the window (or the lock has run out)
    const stale = !row || at - Number(row.lastRequest) >= (row.count >= MAX_FAILURES ? LOCK_MS : WINDOW_MS);
    await client.rateLimit.upsert({
      where: { key },
      create: { id: crypto.randomUUID(), key, count: 1, lastRequest: BigInt(at) },
      update: { count: stale ? 1 : { increment: 1 }, lastRequest: BigInt(at) },
    });
  }

  return { before, after };
}
