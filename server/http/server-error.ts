// What the server says about an error it did not expect: in production, a Chinese message and
// an error id, never the error's own text (Prisma errors carry SQL, table names and stacks);
// the real error goes to the server log under the same id.
import { randomBytes } from "node:crypto";
import { messages } from "~/lib/messages";

/** True under `next start` (NODE_ENV=production), read per call so a test can stub it. */
export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

/** A short id to quote to whoever reads the server log: 8 hex digits. */
export function newErrorId(): string {
  return randomBytes(4).toString("hex");
}

/** Logs the error with a fresh id and returns what the user may see. */
export function reportServerError(error: unknown, where: string): { errorId: string; message: string } {
  const errorId = newErrorId();
  console.error(`[error ${errorId}] ${where}:`, error);
  return { errorId, message: messages.common.serverError(errorId) };
}
