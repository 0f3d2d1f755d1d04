// 进度回退 on the weekly digest, on a real database: a percent below the
// previous report's is listed with both figures and the report line that
// stated it; a rise, a hand edit in between and an earlier week are not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import { editInitiative } from "../edit/edit-initiative";
import { commitImport } from "../import/commit-import";
import { getTimeline } from "./get-timeline";
import { getWeeklyDigest } from "./get-weekly-digest";

const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;

let temp: TempDatabase;
let departmentId: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  departmentId = await testDepartmentId(temp.db);
  const commit = (text: string) => commitImport(temp.db, text, { departmentId, actor: "t" });
  await commit(report("2024-W46", "2024年11月16日 10:00", "支付网关：进度60%，预计12/20上线", "对账平台：进度20%，预计12/30上线"));
  // a PM lowers the payment gateway by hand: not a report, so W47 still compares with W46's 60%
  const gateway = (await getTimeline(temp.db, { today: "2024-11-20" })).groups[0]!.initiatives.find((i) => i.name === "支付网关")!;
  await editInitiative(temp.db, { id: gateway.id, expectedVersion: gateway.version, progress: 10, actor: "pm", today: "2024-11-20" });
  await commit(
    report("2024-W47", "2024年11月23日 10:00", "支付网关：进度35%，需求变更重做，预计12/20上线", "对账平台：进度40%，预计12/30上线"),
  );
});
afterAll(async () => temp?.dispose());

describe("progress regressions in the weekly digest", () => {
  it("lists an initiative whose reported percent went down, with both figures and its line", async () => {
    const digest = await getWeeklyDigest(temp.db, { today: "2024-11-23", departmentIds: [departmentId] });
    const regressed = digest.items.filter((i) => i.kind === "progress_regressed");
    expect(regressed).toHaveLength(1);
    expect(regressed[0]).toMatchObject({ initiativeName: "支付网关", progressBefore: 60, progressAfter: 35, milestoneId: null });
    expect(regressed[0]!.source).toMatchObject({ line: 7 });
    expect(regressed[0]!.source!.text).toContain("进度35%");
    expect(digest.countsByGroup.find((c) => c.group === "O1 业务服务")?.progress_regressed).toBe(1);
  });

  it("has none in a week without a previous report", async () => {
    const digest = await getWeeklyDigest(temp.db, { today: "2024-11-16", week: "2024-W46", departmentIds: [departmentId] });
    expect(digest.items.filter((i) => i.kind === "progress_regressed")).toEqual([]);
  });
});
