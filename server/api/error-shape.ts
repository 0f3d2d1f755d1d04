// The tRPC error formatter (https://trpc.io/docs/server/error-formatting). A deliberate
// TRPCError (UNAUTHORIZED, NOT_FOUND, BAD_REQUEST with a Chinese message, …) keeps its message.
// In production an INTERNAL_SERVER_ERROR (whatever a procedure threw unexpectedly, such as a
// Prisma error with its SQL) is logged under an error id and answered with a generic Chinese
// message naming that id, and no stack. tRPC itself adds `data.stack` whenever NODE_ENV is not
// "production" when the router is created (isDevDefault); this drops it again at call time.
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { isProduction, reportServerError } from "../http/server-error";

export function formatErrorShape({ shape, error, path }: { shape: TRPCDefaultErrorShape; error: TRPCError; path: string | undefined }) {
  const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
  if (!isProduction()) return { ...shape, data: { ...shape.data, zodError, errorId: null as string | null } };
  const { stack: _stack, ...data } = shape.data;
  if (error.code !== "INTERNAL_SERVER_ERROR") return { ...shape, data: { ...data, zodError, errorId: null as string | null } };
  const { errorId, message } = reportServerError(error.cause ?? error, `tRPC ${path ?? "(no path)"}`);
  return { ...shape, message, data: { ...data, zodError, errorId: errorId as string | null } };
}
