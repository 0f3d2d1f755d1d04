// What a caller sees of an error, through the fetch handler as the browser reaches /api/trpc:
// in production an unexpected error (here Prisma-like, with SQL) becomes a Chinese message
// with an error id and no stack; deliberate TRPCErrors keep their messages.
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { messages } from "~/lib/messages";
import { createTRPCRouter, protectedProcedure } from "./trpc";

class PrismaClientKnownRequestError extends Error {
  code = "P2010";
  meta = { query: 'SELECT "id", "password" FROM "Account" WHERE "userId" = $1' };
  constructor() {
    super('Invalid `prisma.account.findFirst()` invocation: Raw query failed. SELECT "password" FROM "Account"');
    this.name = "PrismaClientKnownRequestError";
  }
}

const router = createTRPCRouter({
  broken: protectedProcedure.query(() => {
    throw new PrismaClientKnownRequestError();
  }),
  missing: protectedProcedure.query(() => {
    throw new TRPCError({ code: "NOT_FOUND", message: "找不到这条周报" });
  }),
});

async function call(path: string, signedIn = true): Promise<{ status: number; text: string }> {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://127.0.0.1/api/trpc/${path}`),
    router,
    // no database: the user's departments (none) come with the context, as a page's do
    createContext: () => ({ db: {} as never, user: signedIn ? { id: "u1", name: "测试员", siteAdmin: false } : null, access: [] }),
  });
  return { status: res.status, text: await res.text() };
}

const LEAKS = /prisma|select|password|"stack"|\bat .+:\d+:\d+/i;

describe("the tRPC error formatter", () => {
  let logged: unknown[][];
  beforeEach(() => {
    logged = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("in production, answers an unexpected error with a Chinese message and an error id, and logs the real one", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { status, text } = await call("broken");
    expect(status).toBe(500);
    expect(text).not.toMatch(LEAKS);
    const errorId = /"errorId":"([0-9a-f]{8})"/.exec(text)?.[1];
    expect(errorId).toBeDefined();
    expect(text).toContain(messages.common.serverError(errorId!));
    expect(logged).toHaveLength(1);
    expect(String(logged[0]![0])).toContain(errorId);
    expect(logged[0]![1]).toBeInstanceOf(PrismaClientKnownRequestError);
  });

  it("in production, keeps a deliberate error's message but not its stack", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const missing = await call("missing");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("找不到这条周报");
    expect(missing.text).not.toMatch(/"stack"/);
    const anonymous = await call("missing", false);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toContain(messages.auth.signInRequired);
    expect(logged).toEqual([]);
  });

  it("outside production, shows the real error and its stack to the developer", async () => {
    const { status, text } = await call("broken");
    expect(status).toBe(500);
    expect(text).toMatch(/prisma\.account\.findFirst/);
    expect(text).toMatch(/"stack"/);
  });
});
