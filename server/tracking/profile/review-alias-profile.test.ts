// An alias added in the import review (添加别名) with "remember for this
// department" on becomes an alias rule of the department's layout profile, on a
// real database: once, with where it came from; the next report that uses the
// other name is read as the initiative; with "remember" off the profile is left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateDepartment } from "../../db/store/departments";
import { readLayoutProfile } from "../../db/store/layout-profile-rules";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { commitImport } from "../import/commit-import";
import { previewImport } from "../import/preview-import";

const W47 = `# 2024-W47

## 【O1 业务服务】

1. 长沙佣金存管：需求评审完成，进度10%，支付11/28上线。
2. 云闪付广州：小程序补贴优惠11/8上线。
`;
const W48 = `# 2024-W48

## 【O1 业务服务】

1. 佣金存管：联调中，进度40%，支付12/3上线。
2. 云闪付广州：小程序补贴优惠11/8上线。
`;

let temp: TempDatabase;
let teamA: number;
let teamB: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  teamA = (await findOrCreateDepartment(temp.db, "支付部")).id;
  teamB = (await findOrCreateDepartment(temp.db, "风控部")).id;
});
afterAll(async () => temp.dispose());

/** The decisions that add `alias` to the entry named `name` of the report's preview. */
async function aliasDecision(departmentId: number, text: string, referenceDate: string, name: string, alias: string) {
  const set = await previewImport(temp.db, text, { departments: departmentId, referenceDate });
  const index = set.extraction.entries.findIndex((e) => e.initiative === name);
  expect(index).toBeGreaterThanOrEqual(0);
  return { entries: { [set.entryKeys[index]!]: { alias } } };
}
const aliasRules = async (departmentId: number) => (await readLayoutProfile(temp.db, departmentId)).rules.filter((r) => r.kind === "alias");

describe("an alias added in the review, remembered for the department", () => {
  it("is stored as an alias rule with where it came from, and reads the next report's other name", async () => {
    const decisions = await aliasDecision(teamA, W47, "2024-11-22", "长沙佣金存管", "佣金存管");
    const result = await commitImport(temp.db, W47, { departmentId: teamA, actor: "张三", referenceDate: "2024-11-22", decisions });
    const rules = await aliasRules(teamA);
    expect(rules.map((r) => [r.match, r.value, r.source.reportId, r.source.week, r.source.actor])).toEqual([
      ["佣金存管", "长沙佣金存管", result.reportId, "2024-W47", "张三"],
    ]);

    const next = await previewImport(temp.db, W48, { departments: teamA, referenceDate: "2024-11-29" });
    expect(next.extraction.entries.map((e) => e.initiative)).toEqual(["长沙佣金存管", "云闪付广州"]);
    expect(next.extraction.firedRules?.map((f) => `${f.kind}:${f.match}`)).toEqual(["alias:佣金存管"]);
    expect(next.changes.filter((c) => c.kind === "new_initiative")).toEqual([]);
    expect(next.changes.map((c) => `${c.kind} ${c.initiativeName}`)).toEqual(
      expect.arrayContaining(["progress_change 长沙佣金存管", "date_change 长沙佣金存管"]),
    );
  });

  it("is not stored twice: the same alias again leaves the rule as it was taught", async () => {
    const before = await aliasRules(teamA);
    const decisions = await aliasDecision(teamA, W48, "2024-11-29", "长沙佣金存管", "佣金存管");
    await commitImport(temp.db, W48, { departmentId: teamA, actor: "李四", referenceDate: "2024-11-29", decisions });
    expect(await aliasRules(teamA)).toEqual(before);
  });

  it("with remember off, the initiative keeps the alias but the profile is left alone", async () => {
    const decisions = await aliasDecision(teamB, W47, "2024-11-22", "云闪付广州", "云闪付");
    await commitImport(temp.db, W47, {
      departmentId: teamB,
      actor: "王五",
      referenceDate: "2024-11-22",
      decisions,
      rememberForDepartment: false,
    });
    expect(await temp.db.layoutProfileRule.count({ where: { departmentId: teamB } })).toBe(0);
    const aliases = await temp.db.initiativeAlias.findMany({ where: { initiative: { departmentId: teamB } } });
    expect(aliases.map((a) => a.name)).toContain("云闪付");
  });
});
