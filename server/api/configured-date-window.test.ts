// The API under a configured date window (DATE_WINDOW_START / DATE_WINDOW_END):
// an edit or an import outside it is refused with a message naming it.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { messages } from "../../lib/messages";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { createCaller } from "./root";

// The window is read from the environment when server/env.ts loads: set before any import runs
// (each test file loads its own modules).
const window = vi.hoisted(() => {
  const configured = { earliest: "2024-01-01", latest: "2025-12-31" };
  process.env.DATE_WINDOW_START = configured.earliest;
  process.env.DATE_WINDOW_END = configured.latest;
  return configured;
});
let temp: TempDatabase;
let api: ReturnType<typeof createCaller>;
let departmentId: number;

beforeAll(async () => {
  temp = await createTempDatabase();
  departmentId = await testDepartmentId(temp.db);
  const user = await createTestUser(temp.db, { id: "user-1", name: "测试员" }, { [departmentId]: "editor" });
  api = createCaller({ db: temp.db, user });
  await api.importer.commit({ departmentId, text: sampleReports()[0]![1] });
});
afterAll(async () => {
  delete process.env.DATE_WINDOW_START;
  delete process.env.DATE_WINDOW_END;
  await temp.dispose();
});

async function messageOf(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  return (error as TRPCError).message;
}

describe("a configured date window", () => {
  it("refuses an edit outside it that the built-in window accepts, and takes its ends", async () => {
    const initiative = (await api.timeline.get({})).groups.flatMap((g) => g.initiatives).find((i) => i.milestones.length > 0)!;
    const milestone = initiative.milestones[0]!;
    for (const day of ["2026-01-01", "2023-12-31"]) {
      expect(await messageOf(api.milestone.edit({ id: milestone.id, expectedVersion: milestone.version, date: day }))).toContain(
        messages.edit.dateOutOfWindow(window),
      );
      expect(await messageOf(api.initiative.edit({ id: initiative.id, expectedVersion: initiative.version, startDate: day }))).toContain(
        "2024-01-01 至 2025-12-31",
      );
    }
    await api.milestone.edit({ id: milestone.id, expectedVersion: milestone.version, date: window.latest, rangeStart: window.latest });
  });

  it("refuses a report dated outside it", async () => {
    const text = "# 2026-W10\n1. 网关：3/5上线\n";
    expect(await messageOf(api.importer.preview({ text }))).toContain(messages.edit.dateOutOfWindow(window));
  });
});
