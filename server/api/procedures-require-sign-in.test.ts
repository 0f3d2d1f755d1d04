// Every procedure of the app refuses an anonymous caller. The table is read from the
// router itself, so a procedure added without protectedProcedure fails here; each read
// procedure must also answer a signed-in caller (a new query needs an input below).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { commitImport } from "../tracking/import/commit-import";
import { appRouter, createCaller } from "./root";
import type { Context } from "./trpc";

let temp: TempDatabase;
let reportId: number;
let initiativeId: number;

beforeAll(async () => {
  temp = await createTempDatabase();
  reportId = (await commitImport(temp.db, sampleReports()[0]![1], { actor: "导入人" })).reportId;
  initiativeId = (await temp.db.initiative.findFirstOrThrow()).id;
});
afterAll(async () => temp.dispose());

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(([path, p]) => ({
  path,
  type: p._def.type,
}));

/** A valid input for each read procedure. */
const readInputs: Record<string, () => unknown> = {
  "timeline.get": () => ({}),
  "initiative.detail": () => ({ id: initiativeId }),
  "report.list": () => undefined,
  "report.get": () => ({ id: reportId }),
  "digest.get": () => ({}),
  "audit.list": () => ({}),
};

/** Procedures for site admins only (siteAdminProcedure): a signed-in caller who is not one gets FORBIDDEN. */
const adminOnly = new Set(["audit.list"]);

/** Calls `path` ("report.get") on a caller with the given context. */
function call(context: Context, path: string, input: unknown): Promise<unknown> {
  let target: unknown = createCaller(context);
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

const anonymous = (): Context => ({ db: temp.db, user: null });
const signedIn = (): Context => ({ db: temp.db, user: { id: "user-1", name: "张三", siteAdmin: false } });
const siteAdmin = (): Context => ({ db: temp.db, user: { id: "admin-1", name: "管理员", siteAdmin: true } });

describe("every procedure needs a signed-in user", () => {
  it("finds the router's procedures", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(10);
    const queries = procedures.filter((p) => p.type === "query").map((p) => p.path);
    expect(queries.toSorted()).toEqual(Object.keys(readInputs).toSorted());
  });

  it.each(procedures)("$path ($type) answers an anonymous caller UNAUTHORIZED 请先登录", async ({ path }) => {
    const error = await call(anonymous(), path, readInputs[path]?.() ?? {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("UNAUTHORIZED");
    expect((error as TRPCError).message).toBe("请先登录");
  });

  it.each(procedures.filter((p) => p.type === "query"))("$path answers a signed-in caller", async ({ path }) => {
    await expect(call(adminOnly.has(path) ? siteAdmin() : signedIn(), path, readInputs[path]!())).resolves.toBeDefined();
  });
});

describe("site-admin procedures", () => {
  it.each([...adminOnly])("%s answers a signed-in non-admin FORBIDDEN 需要管理员权限", async (path) => {
    const error = await call(signedIn(), path, readInputs[path]?.() ?? {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
    expect((error as TRPCError).message).toBe("需要管理员权限");
  });
});
