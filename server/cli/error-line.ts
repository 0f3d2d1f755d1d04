import { CliError } from "./cli-error";

/**
 * The one line the command line prints for a failure: a CliError's message, or
 * the reason of any other error. Prisma's messages start with an empty line and
 * end with the reason (`…parameter limit … is exceeded.`): the last non-empty
 * line, never an empty `错误: `.
 */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const line = error instanceof CliError ? lines[0] : lines.at(-1);
  return line || (error instanceof Error ? error.name : "未知错误");
}
