import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { sampleReports } from "../../testing/sample-reports";
import { commitImport } from "../import/commit-import";
import { editInitiative } from "../edit/edit-initiative";
import { getTimeline } from "./get-timeline";
import { getWeeklyDigest } from "./get-weekly-digest";
import { testDepartmentId } from "../../testing/test-department";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
  for (const [, text] of sampleReports())
    await commitImport(temp.db, text, { departmentId: await testDepartmentId(temp.db), actor: "test" });
});
afterAll(async () => temp.dispose());

const pick = (items: Awaited<ReturnType<typeof getWeeklyDigest>>["items"], kind: string) =>
  items.filter((i) => i.kind === kind).map((i) => `${i.initiativeName}/${i.title ?? ""}`);

describe("getWeeklyDigest after W45 … W50", () => {
  it("lists what W50 moved later, with the total slip and this week's move", async () => {
    const digest = await getWeeklyDigest(temp.db, { today: "2024-12-14", departmentIds: [await testDepartmentId(temp.db)] });
    expect(digest.week).toBe("2024-W50");
    const slipped = digest.items.find((i) => i.kind === "slipped" && i.initiativeName === "贝易转-装修存管");
    expect(slipped).toMatchObject({ title: "上线", date: "2024-12-26", baselineDate: "2024-12-05", slipDays: 21, movedDays: 7 });
    expect(pick(digest.items, "slipped")).toContain("整装个体发薪/上线");
  });

  it("lists what W50 completed and who went silent", async () => {
    const digest = await getWeeklyDigest(temp.db, { today: "2024-12-14", departmentIds: [await testDepartmentId(temp.db)] });
    expect(pick(digest.items, "completed")).toEqual(
      expect.arrayContaining(["长沙佣金存管/业务上线", "整装与经纪业务接入情况/整装业务上线", "WAF迁移/切换"]),
    );
    // Mentioned in W49, not in W50, and not finished.
    expect(pick(digest.items, "silent")).toContain("芝麻免押/");
    expect(pick(digest.items, "silent")).not.toContain("云闪付广州/");
  });

  it("flags overdue and due-soon milestones against today", async () => {
    const digest = await getWeeklyDigest(temp.db, { today: "2024-12-21", departmentIds: [await testDepartmentId(temp.db)] });
    expect(pick(digest.items, "overdue")).toContain("整装与经纪业务接入情况/汇金凭证上线");
    expect(pick(digest.items, "due_soon")).toContain("贝易转-装修存管/上线");
    const counts = digest.countsByGroup.find((c) => c.group === "O1 业务服务");
    expect(counts?.due_soon).toBeGreaterThan(0);
  });

  it("can look back at an earlier week", async () => {
    const digest = await getWeeklyDigest(temp.db, {
      today: "2024-11-30",
      week: "2024-W48",
      departmentIds: [await testDepartmentId(temp.db)],
    });
    expect(digest.items.find((i) => i.kind === "slipped" && i.title === "支付上线")).toMatchObject({
      initiativeName: "长沙佣金存管",
      movedDays: 5,
    });
    expect(pick(digest.items, "new_initiative")).not.toContain("贝好家意向金/");
    const w47 = await getWeeklyDigest(temp.db, { today: "2024-11-23", week: "2024-W47", departmentIds: [await testDepartmentId(temp.db)] });
    expect(pick(w47.items, "new_initiative")).toContain("贝好家意向金/");
  });
});

// last: it marks an initiative done
describe("getWeeklyDigest and finished initiatives", () => {
  it("leaves a finished initiative's milestones out of 已逾期 and 14天内到期, whatever their own state", async () => {
    const departmentIds = [await testDepartmentId(temp.db)];
    const today = "2024-12-21";
    const before = await getWeeklyDigest(temp.db, { today, departmentIds });
    expect(pick(before.items, "overdue")).toContain("整装与经纪业务接入情况/汇金凭证上线");
    const timeline = await getTimeline(temp.db, { today, filter: { departmentIds } });
    const i = timeline.groups.flatMap((g) => g.initiatives).find((x) => x.name === "整装与经纪业务接入情况")!;
    await editInitiative(temp.db, { id: i.id, expectedVersion: i.version, status: "done", actor: "pm", today });
    const after = await getWeeklyDigest(temp.db, { today, departmentIds });
    expect(after.items.filter((x) => x.initiativeId === i.id && (x.kind === "overdue" || x.kind === "due_soon"))).toEqual([]);
    expect(pick(after.items, "due_soon")).toContain("贝易转-装修存管/上线"); // the others stay
  });
});
