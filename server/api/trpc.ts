// tRPC server setup, after create-t3-app's src/server/api/trpc.ts
// (https://trpc.io/docs/server/context, https://trpc.io/docs/server/error-formatting).
// Routers import only `createTRPCRouter` and `publicProcedure` from here.
import { initTRPC, TRPCError } from "@trpc/server";
import { format } from "date-fns";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { db } from "../db";
import { ExtractionError } from "../extract/types";
import { TrackingError } from "../tracking/tracking-error";

// ---- context ----------------------------------------------------------------

export const DEFAULT_ACTOR = "PM";

/** The user name from the `x-user` header, else the `x-user` cookie, else "PM". */
export function readActor(headers: Headers): string {
  const cookie = headers
    .get("cookie")
    ?.split(/;\s*/)
    .find((c) => c.startsWith("x-user="));
  const raw = headers.get("x-user") ?? cookie?.slice("x-user=".length) ?? "";
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // not URI-encoded: use it as sent
  }
  return name.trim().slice(0, 64) || DEFAULT_ACTOR;
}

export async function createTRPCContext(opts: { headers: Headers }) {
  return { db, actor: readActor(opts.headers) };
}

export type Context = Awaited<ReturnType<typeof createTRPCContext>>;

// ---- initialisation ---------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: { ...shape.data, zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null },
    };
  },
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

export const publicProcedure = t.procedure.use(domainErrors);

/** Today as the server's local calendar date: the tracker never reads the clock itself. */
export function today(): string {
  return format(new Date(), "yyyy-MM-dd");
}
