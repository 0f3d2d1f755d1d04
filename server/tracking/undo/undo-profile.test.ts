// 撤销本次导入 forgets the layout rules the import taught (issue #13): the
// export before the import equals the export after its undo, the department's
// layout profile included, while a rule the PM edited since stays theirs.
// On a real database (SQLite here, PostgreSQL in test:pg).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ProfileCorrection } from "../../../lib/layout-profile/layout-profile";
import type { Db } from "../../db";
import { exportData } from "../../db/export-data";
import { readLayoutProfile } from "../../db/store/layout-profile-rules";
import { PROFILE_W47, PROFILE_W48 } from "../../testing/profile-reports";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import { commitImport } from "../import/commit-import";
import { editProfileRule, removeProfileRule } from "../profile/edit-profile";
import { undoImport } from "./undo-operations";

let temp: TempDatabase;
let db: Db;
let departmentId: number;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
});
afterEach(async () => temp.dispose());

async function snapshot() {
  const { tables } = await exportData(db);
  const { AuditLog: _audit, ...tracked } = tables;
  return tracked;
}
const importText = (text: string, corrections: ProfileCorrection[], rememberForDepartment = true) =>
  commitImport(db, text, { departmentId, actor: "PM", corrections, rememberForDepartment });
const rule = (kind: ProfileCorrection["kind"], match: string): ProfileCorrection => ({ kind, match, value: "" });
const ruleIds = async () => (await readLayoutProfile(db, departmentId)).rules.map((r) => r.id);

describe("undoing an import forgets the layout rules it taught", () => {
  it("leaves the database, profile included, equal to before: new rules gone, overruled ones back as they were", async () => {
    await importText(PROFILE_W47, [rule("facet", "补充"), rule("notProgress", "灰度")]);
    const before = await snapshot();
    expect(before.LayoutProfileRule).toHaveLength(2);
    // 补充 is no longer a facet but ignored (overrules the stored rule), and 王小明 is ignored
    const { reportId } = await importText(PROFILE_W48, [rule("ignore", "补充"), rule("ignore", "王小明")]);
    expect(await ruleIds()).toEqual(["notProgress-灰度", "ignore-补充", "ignore-王小明"]);
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(before);
    expect(await ruleIds()).toEqual(["facet-补充", "notProgress-灰度"]);
  });

  it("undoes the first import of a department down to an empty profile", async () => {
    const empty = await snapshot();
    const { reportId } = await importText(PROFILE_W47, [rule("facet", "补充"), rule("skipSection", "经验分享")]);
    expect(await ruleIds()).toEqual(["facet-补充", "skipSection-经验分享"]);
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(empty);
    expect(await db.layoutProfileRule.count()).toBe(0);
  });

  it("keeps a rule the PM edited since the import, and the rules of other imports", async () => {
    await importText(PROFILE_W47, [rule("notProgress", "灰度")]);
    const { reportId } = await importText(PROFILE_W48, [rule("facet", "补充"), rule("ignore", "王小明"), rule("skipSection", "经验分享")]);
    await editProfileRule(db, departmentId, "ignore-王小明", { match: "李小红", value: "" });
    await removeProfileRule(db, departmentId, "skipSection-经验分享");
    await undoImport(db, departmentId, reportId);
    const { rules } = await readLayoutProfile(db, departmentId);
    expect(rules.map((r) => [r.id, r.match])).toEqual([
      ["notProgress-灰度", "灰度"],
      ["ignore-王小明", "李小红"],
    ]);
  });

  it("does not bring back an overruled rule that would contradict one made since", async () => {
    await importText(PROFILE_W47, [rule("facet", "补充")]);
    const { reportId } = await importText(PROFILE_W48, [rule("ignore", "补充")]);
    // the PM turns the import's rule into theirs: it stays, so facet-补充 cannot come back beside it
    await editProfileRule(db, departmentId, "ignore-补充", { match: "补充", value: "" });
    await undoImport(db, departmentId, reportId);
    expect(await ruleIds()).toEqual(["ignore-补充"]);
  });

  it("changes no rule when the import remembered none", async () => {
    await importText(PROFILE_W47, [rule("facet", "补充")]);
    const before = await snapshot();
    const { reportId } = await importText(PROFILE_W48, [rule("ignore", "王小明")], false);
    expect(await ruleIds()).toEqual(["facet-补充"]);
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(before);
  });
});

describe("committing the same text again", () => {
  it("with rules it teaches: an undoable edit of the profile, undone back to exactly the state before it, then the import itself", async () => {
    const empty = await snapshot();
    const { reportId } = await importText(PROFILE_W47, [rule("facet", "补充")]);
    const before = await snapshot();
    const again = await importText(PROFILE_W47, [rule("ignore", "补充"), rule("ignore", "王小明")]);
    expect(again).toMatchObject({ reportId, mode: "same", counts: {}, rememberedRules: 2 });
    expect(await ruleIds()).toEqual(["ignore-补充", "ignore-王小明"]);
    // the data stayed as it was: only the profile moved
    const { LayoutProfileRule: _after, ...data } = await snapshot();
    const { LayoutProfileRule: _before, ...dataBefore } = before;
    expect(data).toEqual(dataBefore);

    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(before);
    expect(await ruleIds()).toEqual(["facet-补充"]);
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(empty);
  });

  it("with no rule, or only rules stored already, writes nothing and says so: no undo point, the import stays the one to undo", async () => {
    const empty = await snapshot();
    const { reportId } = await importText(PROFILE_W47, [rule("facet", "补充")]);
    const before = await snapshot();
    const points = await db.undoPoint.count();
    for (const corrections of [[], [rule("facet", "补充")]]) {
      const again = await importText(PROFILE_W47, corrections);
      expect(again).toEqual({ reportId, week: "2024-W47", mode: "same", counts: {} });
    }
    expect(await importText(PROFILE_W47, [rule("ignore", "王小明")], false)).not.toHaveProperty("rememberedRules");
    expect(await snapshot()).toEqual(before);
    expect(await db.undoPoint.count()).toBe(points);
    await undoImport(db, departmentId, reportId);
    expect(await snapshot()).toEqual(empty);
  });
});
