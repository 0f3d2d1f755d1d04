// tRPC server setup, after create-t3-app's src/server/api/trpc.ts
// (https://trpc.io/docs/server/context, https://trpc.io/docs/server/error-formatting).
// Routers build every procedure from `protectedProcedure` and the role checks below
// (`departmentProcedure`, `departmentsProcedure`, `siteAdminProcedure`): nothing is
// served to anonymous callers, and nothing of a department to a user without a role in it.
import { initTRPC, TRPCError } from "@trpc/server";
import { format } from "date-fns";
import { dataTransformer } from "../../lib/http/data-transformer";
import type { z } from "zod";
import { type DepartmentRole, roleAllows } from "../../lib/domain/department-role";
import { messages } from "../../lib/messages";
import type { Auth } from "../auth/auth";
import { clientIp } from "../auth/client-ip";
import { type SignedInUser, sessionUser } from "../auth/session-user";
import { db, type Db } from "../db";
import { recordAudit } from "../db/store/audit-log";
import { readDepartmentAccess } from "../db/store/departments";
import { formatErrorShape } from "./error-shape";
import { createThrottle } from "./throttle";
import { ExtractionError } from "../extract/types";
import { ExtractPoolError, sharedExtractPool } from "../extract-pool";
import type { ReportExtractor } from "../tracking";
import { TrackingError } from "../tracking/tracking-error";

// ---- context ----------------------------------------------------------------

export type { SignedInUser } from "../auth/session-user";

export interface Context {
  db: Db;
  /** the sign-in library bound to `db`, for procedures that make accounts (default: the app's) */
  auth?: Auth;
  /** null for an anonymous request: every procedure then answers UNAUTHORIZED */
  user: SignedInUser | null;
  /** the client's address for the audit log (server/auth/client-ip.ts: trusted only behind the app's own proxy) */
  ip?: string | null;
  /** how previews and imports read a report (default: the app's worker pool, see reportExtractor) */
  extract?: ReportExtractor;
  /** the user's departments when the caller has already read them (a page's layout); else read per call */
  access?: DepartmentAccess[];
}

/**
 * The context of an HTTP request or a server component: the session its cookie names,
 * or `user` (and `access`) when the caller has already looked them up (a page: one lookup per request).
 */
export async function createTRPCContext(opts: {
  headers: Headers;
  user?: SignedInUser | null;
  access?: DepartmentAccess[];
}): Promise<Context> {
  const user = opts.user === undefined ? await sessionUser(opts.headers) : opts.user;
  return { db, user, ip: clientIp(opts.headers), ...(user && opts.access ? { access: opts.access } : {}) };
}

// ---- initialisation ---------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: dataTransformer,
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
  if (cause instanceof ExtractPoolError)
    return new TRPCError({ code: cause.code === "busy" ? "TOO_MANY_REQUESTS" : "BAD_REQUEST", message: cause.message, cause });
  return null;
}

/** Reads reports off the request thread, within a time budget (server/extract-pool), unless the context brings its own reader. */
export function reportExtractor(ctx: Context): ReportExtractor {
  return ctx.extract ?? sharedExtractPool().extract;
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

/** A department the user holds a role in. */
export interface DepartmentAccess {
  id: number;
  name: string;
  role: DepartmentRole;
}

/** The departments the user holds a role in: a site admin is admin of every one. */
export async function readAccess(database: Db, user: SignedInUser): Promise<DepartmentAccess[]> {
  return (await readDepartmentAccess(database, user.id)).flatMap((d) => {
    const role = user.siteAdmin ? "admin" : d.role;
    return role ? [{ id: d.id, name: d.name, role }] : [];
  });
}

const signedIn = t.middleware(async ({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: messages.auth.signInRequired });
  const access = ctx.access ?? (await readAccess(ctx.db, ctx.user));
  return next({ ctx: { ...ctx, user: ctx.user, userId: ctx.user.id, actor: ctx.user.name, access } });
});

/** A signed-in user refused something (another department's data, an admin's procedure) is logged: it may be an escalation attempt. */
const logRefusals = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "FORBIDDEN" && ctx.user) {
    const { id, name } = ctx.user;
    await recordAudit(ctx.db, { action: "access.denied", userId: id, userName: name, ip: ctx.ip ?? null }, () => ({
      changes: { procedure: path, type },
      reason: result.error.message,
    }));
  }
  return result;
});

/** Every procedure of the app: only a signed-in user gets past it; `ctx.actor` is their display name, `ctx.access` their departments. */
export const protectedProcedure = t.procedure.use(logRefusals).use(signedIn).use(domainErrors);

const siteAdmin = t.middleware(({ ctx, next }) => {
  if (!ctx.user?.siteAdmin) throw new TRPCError({ code: "FORBIDDEN", message: messages.auth.adminRequired });
  return next();
});

/** Site admins only (users, departments, the audit log): anonymous → UNAUTHORIZED, signed in but not an admin → FORBIDDEN. */
export const siteAdminProcedure = protectedProcedure.use(siteAdmin);

/** Previews and imports a user may ask for per minute: each runs the whole report reader. */
export const IMPORTS_PER_MINUTE = 30;
const importThrottle = createThrottle(IMPORTS_PER_MINUTE, 60_000);

/** A procedure that reads a report (preview, import): rate-limited per user. */
export const importingProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!importThrottle.take(ctx.user.id)) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: messages.limits.tooManyRequests });
  return next();
});

/** The departments where the user holds at least `role`. */
export function departmentsWhere(access: readonly DepartmentAccess[], role: DepartmentRole): DepartmentAccess[] {
  return access.filter((d) => roleAllows(d.role, role));
}

/** The department, if the user holds at least `role` in it; else FORBIDDEN (the same answer whether or not it exists). */
export function requireRole(access: readonly DepartmentAccess[], departmentId: number, role: DepartmentRole): DepartmentAccess {
  const department = access.find((d) => d.id === departmentId);
  if (!department || !roleAllows(department.role, role))
    throw new TRPCError({ code: "FORBIDDEN", message: messages.auth.departmentForbidden(role) });
  return department;
}

/**
 * A procedure on one department's data. `locate` finds the department from the
 * input: the id it names, or the department of the report, initiative or
 * milestone it names (null: no such row → NOT_FOUND). The user must hold at
 * least `role` there; `ctx.department` is that department.
 */
export function departmentProcedure<S extends z.ZodType>(
  role: DepartmentRole,
  input: S,
  locate: (database: Db, input: z.output<S>) => Promise<number | null> | number,
  base: typeof protectedProcedure = protectedProcedure,
) {
  return base.input(input).use(async ({ ctx, input: parsed, next }) => {
    const departmentId = await locate(ctx.db, parsed as z.output<S>);
    if (departmentId === null) throw new TRPCError({ code: "NOT_FOUND", message: messages.auth.notFound });
    return next({ ctx: { department: requireRole(ctx.access, departmentId, role) } });
  });
}

/**
 * A read across departments: those the input's `departmentIds` names (each of
 * which the user must be able to read), or by default every one they can read.
 * `ctx.departmentIds` is the resolved list.
 */
export function departmentsProcedure<S extends z.ZodType<{ departmentIds?: number[] } | undefined>>(input: S) {
  return protectedProcedure.input(input).use(({ ctx, input: parsed, next }) => {
    const asked = (parsed as { departmentIds?: number[] } | undefined)?.departmentIds;
    const departmentIds = asked?.length ? asked.map((id) => requireRole(ctx.access, id, "viewer").id) : ctx.access.map((d) => d.id);
    return next({ ctx: { departmentIds } });
  });
}

/** Today as the server's local calendar date: the tracker never reads the clock itself. */
export function today(): string {
  return format(new Date(), "yyyy-MM-dd");
}
