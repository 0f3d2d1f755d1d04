// The profile page's writes on a real database: import (replace) is checked whole
// and atomic, edits keep the profile free of contradictions, removal is by id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateDepartment } from "../../db/store/departments";
import { readLayoutProfile } from "../../db/store/layout-profile-rules";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { editProfileRule, removeProfileRule, replaceProfile } from "./edit-profile";

let temp: TempDatabase;
let team: number;
let other: number;
const source = { reportId: 3, week: "2024-W47", actor: "张三", at: "2024-11-22T10:00:00.000Z" };
const good = {
  version: 1,
  rules: [
    { id: "a", kind: "facet", match: "补充", value: "", source },
    { id: "b", kind: "alias", match: "网关", value: "网关升级", source },
  ],
};

beforeAll(async () => {
  temp = await createTempDatabase();
  team = (await findOrCreateDepartment(temp.db, "支付部")).id;
  other = (await findOrCreateDepartment(temp.db, "风控部")).id;
});
afterAll(async () => temp.dispose());

describe("editing a department's layout profile", () => {
  it("imports a profile exported elsewhere, keeping where each rule came from, into that department only", async () => {
    const profile = await replaceProfile(temp.db, team, JSON.stringify(good));
    expect(profile).toEqual(good);
    expect((await readLayoutProfile(temp.db, other)).rules).toEqual([]);
  });

  it("refuses malformed, newer and contradictory profiles with a message, changing nothing", async () => {
    const contradictory = { version: 1, rules: [...good.rules, { id: "c", kind: "section", match: "补充：", value: "" }] };
    for (const [json, message] of [
      ["{", "版式配置不是有效的 JSON"],
      ['{"version":3,"rules":[]}', "版式配置来自更新的版本（版本 3），当前只能读取版本 1"],
      [JSON.stringify(contradictory), "“补充：”不能既是“属于上一项”又是“分组”"],
    ] as const) {
      await expect(replaceProfile(temp.db, team, json)).rejects.toMatchObject({ code: "invalid", message });
      expect(await readLayoutProfile(temp.db, team)).toEqual(good);
    }
  });

  it("edits a rule, refusing an edit that would contradict another rule", async () => {
    const edited = await editProfileRule(temp.db, team, "b", { match: "支付网关", value: "网关升级" });
    expect(edited).toMatchObject({ id: "b", match: "支付网关", value: "网关升级", source: { actor: "张三" } });
    await expect(editProfileRule(temp.db, team, "b", { match: "支付网关", value: "支付网关" })).rejects.toMatchObject({
      code: "invalid",
      message: "别名“支付网关”指向它自己",
    });
    expect((await readLayoutProfile(temp.db, team)).rules[1]!.match).toBe("支付网关");
  });

  it("removes a rule by id, and says when there is none", async () => {
    await removeProfileRule(temp.db, team, "a");
    expect((await readLayoutProfile(temp.db, team)).rules.map((r) => r.id)).toEqual(["b"]);
    await expect(removeProfileRule(temp.db, team, "a")).rejects.toMatchObject({ code: "not_found" });
    await expect(removeProfileRule(temp.db, other, "b")).rejects.toMatchObject({ code: "not_found" });
  });

  it("imports, edits and refuses event words like any other rule", async () => {
    const withWord = { version: 1, rules: [...good.rules, { id: "e", kind: "eventWord", match: "切流", value: "", source }] };
    expect((await replaceProfile(temp.db, other, JSON.stringify(withWord))).rules[2]).toMatchObject({ kind: "eventWord", match: "切流" });
    expect(await editProfileRule(temp.db, other, "e", { match: "封网", value: "" })).toMatchObject({ kind: "eventWord", match: "封网" });
    await expect(editProfileRule(temp.db, other, "e", { match: "封网，割接", value: "" })).rejects.toMatchObject({
      code: "invalid",
      message: "“封网，割接”不能作为事件词（应为 2 至 12 个字、不含标点和空格）",
    });
    expect((await readLayoutProfile(temp.db, other)).rules[2]!.match).toBe("封网");
  });
});
