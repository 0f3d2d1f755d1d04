// The API as the UI calls it: zod-validated input, the tracker's and the
// extractor's errors as TRPCErrors with their Chinese messages, the signed-in user as the actor.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATE_WINDOW } from "../../lib/dates/date-window";
import { messages } from "../../lib/messages";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { createCaller } from "./root";

let temp: TempDatabase;
let api: ReturnType<typeof createCaller>;
let departmentId: number;

beforeAll(async () => {
  temp = await createTempDatabase();
  departmentId = await testDepartmentId(temp.db);
  const user = await createTestUser(temp.db, { id: "user-1", name: "测试员" }, { [departmentId]: "editor" });
  api = createCaller({ db: temp.db, user });
});
afterAll(async () => temp.dispose());

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("api", () => {
  it("refuses empty text with the extractor's message and writes nothing", async () => {
    const error = await errorOf(api.importer.preview({ text: "  \n" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    await errorOf(api.importer.commit({ departmentId, text: "" }));
    expect(await api.report.list()).toEqual([]);
  });

  it("validates input with zod", async () => {
    const error = await errorOf(api.importer.preview({ text: "x", referenceDate: "2024-13-40" }));
    expect(error.code).toBe("BAD_REQUEST");
    await errorOf(api.report.get({ id: -1 }));
  });

  it("dates an undated upload by its file name, and bounds the name", async () => {
    const text = "# 周任务及进度\n\n1. 网关：下周上线\n";
    const preview = await api.importer.preview({ text, fileName: "20170515-20170519周任务及进度.md" });
    expect(preview).toMatchObject({ reportDate: "2017-05-19", week: "2017-W20", extraction: { reportDateSource: "file-name" } });
    expect((await errorOf(api.importer.preview({ text }))).message).toMatch(/无法确定周报日期/);
    expect((await errorOf(api.importer.preview({ text, fileName: `${"周".repeat(300)}.md` }))).code).toBe("BAD_REQUEST");
    expect(await api.report.list()).toEqual([]);
  });

  it("previews without writing, then commits as the actor", async () => {
    const [[, w45], [, w46]] = sampleReports() as [[string, string], [string, string]];
    const preview = await api.importer.preview({ text: w45 });
    expect(preview.week).toBe("2024-W45");
    expect(preview.changes.some((c) => c.kind === "new_initiative")).toBe(true);
    expect(await api.report.list()).toEqual([]);

    const result = await api.importer.commit({ departmentId, text: w45 });
    expect(result).toMatchObject({ week: "2024-W45", mode: "new" });
    await api.importer.commit({ departmentId, text: w46 });
    const reports = await api.report.list();
    expect(reports.map((r) => r.week)).toEqual(["2024-W46", "2024-W45"]);
    expect((await temp.db.report.findFirstOrThrow({ where: { week: "2024-W45" } })).importedBy).toBe("测试员");
    const view = await api.report.get({ id: result.reportId });
    expect(view.highlights.length).toBeGreaterThan(0);
  });

  it("serves the timeline with filters and an initiative's detail", async () => {
    const timeline = await api.timeline.get({});
    const all = timeline.groups.flatMap((g) => g.initiatives);
    const target = all.find((i) => i.name === "长沙佣金存管");
    expect(target).toBeDefined();
    expect(timeline.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const found = await api.timeline.get({ q: "长沙" });
    expect(found.groups.flatMap((g) => g.initiatives).map((i) => i.name)).toContain("长沙佣金存管");
    const detail = await api.initiative.detail({ id: target!.id });
    expect(detail.sources.length).toBeGreaterThan(0);
  });

  it("maps the tracker's errors: not found, conflict, invalid", async () => {
    expect((await errorOf(api.report.get({ id: 9999 }))).code).toBe("NOT_FOUND");
    expect((await errorOf(api.initiative.detail({ id: 9999 }))).code).toBe("NOT_FOUND");
    const initiative = (await api.timeline.get({})).groups[0]!.initiatives[0]!;
    const stale = await errorOf(api.initiative.edit({ id: initiative.id, expectedVersion: initiative.version + 5, progress: 50 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/已被他人修改/);
    const self = await errorOf(api.initiative.merge({ sourceId: initiative.id, targetId: initiative.id }));
    expect(self.code).toBe("BAD_REQUEST");
    const edited = await api.initiative.edit({ id: initiative.id, expectedVersion: initiative.version, progress: 42, reason: "测试" });
    expect(edited.progress).toBe(42);
    const detail = await api.initiative.detail({ id: initiative.id });
    expect(detail.edits.at(-1)).toMatchObject({ field: "progress", actor: "测试员", reason: "测试" });
  });

  it("serves the weekly digest of the newest or an asked week, and refuses a malformed week", async () => {
    const newest = await api.digest.get({});
    expect(newest.week).toBe("2024-W46");
    expect(newest.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await api.digest.get({ week: "2024-W45" })).items.filter((i) => i.kind === "new_initiative").length).toBeGreaterThan(0);
    expect((await errorOf(api.digest.get({ week: "W45" }))).code).toBe("BAD_REQUEST");
  });

  it("refuses a day outside 2000-01-01 … 2100-12-31 in every input that names one, and writes nothing", async () => {
    const initiative = (await api.timeline.get({})).groups.flatMap((g) => g.initiatives).find((i) => i.milestones.length > 0)!;
    const milestone = initiative.milestones[0]!;
    const revision = async () => (await temp.db.trackingRevision.findUniqueOrThrow({ where: { id: 1 } })).value;
    const before = await revision();
    const text = sampleReports()[2]![1];
    for (const day of ["9999-12-31", "1900-01-01", "2101-01-01", "1999-12-31"]) {
      const attempts = [
        () => api.milestone.edit({ id: milestone.id, expectedVersion: milestone.version, date: day }),
        () => api.milestone.edit({ id: milestone.id, expectedVersion: milestone.version, rangeStart: day }),
        () => api.initiative.edit({ id: initiative.id, expectedVersion: initiative.version, startDate: day }),
        () => api.importer.preview({ text, referenceDate: day }),
        () => api.importer.commit({ departmentId, text, referenceDate: day }),
        () => api.importer.commit({ departmentId, text, decisions: { milestoneFixes: { any: { date: day } } } }),
      ];
      // one at a time: a rejection nobody awaits yet is an unhandled one
      for (const attempt of attempts) {
        const error = await errorOf(attempt());
        expect(error.code).toBe("BAD_REQUEST");
        expect(error.message).toContain(messages.edit.dateOutOfWindow(DEFAULT_DATE_WINDOW));
      }
    }
    expect(await revision()).toBe(before);
    // the window's own edges are days like any other
    await api.milestone.edit({ id: milestone.id, expectedVersion: milestone.version, date: "2100-12-31", rangeStart: "2100-12-31" });
  });
});
