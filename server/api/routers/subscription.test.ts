// Following and the e-mail preference through the router: a user follows what they
// can read, never another department's initiative, and sees only their own follows.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleReports } from "../../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { createTestUser } from "../../testing/test-users";
import { addDepartment, commitImport } from "../../tracking";
import { createCaller } from "../root";
import type { SignedInUser } from "../trpc";

let temp: TempDatabase;
const initiatives: Record<"own" | "other", { id: number; name: string }> = {} as never;
let viewer: SignedInUser;

beforeAll(async () => {
  temp = await createTempDatabase();
  for (const key of ["own", "other"] as const) {
    const department = await addDepartment(temp.db, `${key}部门`);
    await commitImport(temp.db, sampleReports()[0]![1], { departmentId: department.id, actor: "t" });
    const initiative = await temp.db.initiative.findFirstOrThrow({ where: { departmentId: department.id }, orderBy: { id: "asc" } });
    initiatives[key] = { id: initiative.id, name: initiative.name };
    if (key === "own") viewer = await createTestUser(temp.db, { id: "viewer", name: "查看者" }, { [department.id]: "viewer" });
  }
});
afterAll(async () => temp.dispose());

const trpc = () => createCaller({ db: temp.db, user: viewer, ip: "203.0.113.9" });

describe("subscription router", () => {
  it("follows and unfollows an initiative of a department the user reads", async () => {
    await trpc().subscription.follow({ initiativeId: initiatives.own.id });
    await trpc().subscription.follow({ initiativeId: initiatives.own.id }); // twice is once
    expect(await trpc().subscription.follows()).toEqual([
      expect.objectContaining({ initiativeId: initiatives.own.id, name: initiatives.own.name }),
    ]);
    await trpc().subscription.unfollow({ initiativeId: initiatives.own.id });
    expect(await trpc().subscription.follows()).toEqual([]);
  });

  it("refuses to follow another department's initiative, and stores nothing", async () => {
    const error = await trpc()
      .subscription.follow({ initiativeId: initiatives.other.id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
    expect(await temp.db.follow.count()).toBe(0);
  });

  it("keeps the e-mail preference, none by default, and refuses an unknown one", async () => {
    expect(await trpc().subscription.preference()).toBe("none");
    await trpc().subscription.setPreference({ preference: "digest" });
    expect(await trpc().subscription.preference()).toBe("digest");
    await expect(trpc().subscription.setPreference({ preference: "all" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await trpc().subscription.preference()).toBe("digest");
  });
});
