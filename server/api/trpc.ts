// tRPC server setup, after create-t3-app's src/server/api/trpc.ts
// (https://trpc.io/docs/server/context, https://trpc.io/docs/server/error-formatting).
// Routers import only `createTRPCRouter` and `protectedProcedure` from here: nothing is served to anonymous callers.
import { initTRPC, TRPCError } from "@trpc/server";
import { format } from "date-fns";
import superjson from "superjson";
import { messages } from "../../lib/messages";
import { getAuth } from "../auth/auth";
import { clientIp } from "../auth/client-ip";
import { db, type Db } from "../db";
import { formatErrorShape } from "./error-shape";
import { ExtractionError } from "../extract/types";
import { TrackingError } from "../tracking/tracking-error";

// ---- context ----------------------------------------------------------------

/** Who is calling: the signed-in user, whose display name edits and imports record. */
export interface SignedInUser {
  id: string;
  name: string;
  siteAdmin: boolean;
}

export interface Context {
  db: Db;
  /** null for an anonymous request: every procedure then answers UNAUTHORIZED */
  user: SignedInUser | null;
  /** the client's address for the audit log (server/auth/client-ip.ts: trusted only behind the app's own proxy) */
  ip?: string | null;
}

/** The context of an HTTP request or a server component: the session its cookie names. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<Context> {
  const session = await getAuth().api.getSession({ headers: opts.headers });
  const user = session ? { id: session.user.id, name: session.user.name, siteAdmin: session.user.siteAdmin === true } : null;
  return { db, user, ip: clientIp(opts.headers) };
}

// ---- initialisation ---------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // production: no stack, and unexpected errors become a Chinese message with an error id (error-shape.ts)
  errorFormatter: formatErrorShape,
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

// ---- domain errors → TRPCError ------------------------------------------------

const TRACKING_CODES = { not_found: "NOT_FOUND", conflict: "CONFLICT", invalid: "BAD_REQUEST" } as const;

/** Turns the typed errors of the layers below into user-facing TRPCErrors (Chinese messages). */
export function toTRPCError(cause: unknown): TRPCError | null {
  if (cause instanceof TrackingError) return new TRPCError({ code: TRACKING_CODES[cause.code], message: cause.message, cause });
  if (cause instanceof ExtractionError) return new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  return null;
}

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

// ---- procedures ---------------------------------------------------------------

const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: messages.auth.signInRequired });
  return next({ ctx: { ...ctx, user: ctx.user, userId: ctx.user.id, actor: ctx.user.name } });
});

/** Every procedure of the app: only a signed-in user gets past it, and `ctx.actor` is their display name. */
export const protectedProcedure = t.procedure.use(signedIn).use(domainErrors);

const siteAdmin = t.middleware(({ ctx, next }) => {
  if (!ctx.user?.siteAdmin) throw new TRPCError({ code: "FORBIDDEN", message: messages.auth.adminRequired });
  return next();
});

/** Site admins only (the audit log): anonymous → UNAUTHORIZED, signed in but not an admin → FORBIDDEN. */
export const siteAdminProcedure = protectedProcedure.use(siteAdmin);

/** Today as the server's local calendar date: the tracker never reads the clock itself. */
export function today(): string {
  return format(new Date(), "yyyy-MM-dd");
}
