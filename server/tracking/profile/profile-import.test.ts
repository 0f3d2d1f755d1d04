// A department's layout profile through preview and commit, on a real database
// (SQLite here, PostgreSQL in test:pg): corrections recompute the change set and
// write nothing; the commit remembers them; the next week of that department is
// read the corrected way, another department's is not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateDepartment } from "../../db/store/departments";
import { readLayoutProfile } from "../../db/store/layout-profile-rules";
import { PROFILE_CORRECTIONS, PROFILE_W47, PROFILE_W48 } from "../../testing/profile-reports";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { commitImport } from "../import/commit-import";
import { previewImport } from "../import/preview-import";
import type { Change } from "../types";
import { numberedAreasReport } from "~/server/extract/profile/numbered-areas.fixture";

let temp: TempDatabase;
let teamA: number;
let teamB: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  teamA = (await findOrCreateDepartment(temp.db, "支付部")).id;
  teamB = (await findOrCreateDepartment(temp.db, "风控部")).id;
});
afterAll(async () => temp.dispose());

function summary(change: Change): string {
  switch (change.kind) {
    case "new_milestone":
      return `new_milestone ${change.initiativeName} ${change.title} ${change.date} ${change.state}`;
    case "date_change":
      return `date_change ${change.initiativeName} ${change.title} ${change.oldDate}→${change.newDate}`;
    case "state_change":
      return `state_change ${change.initiativeName} ${change.title} ${change.oldState}→${change.newState}`;
    case "progress_change":
      return `progress_change ${change.initiativeName} ${change.oldProgress}→${change.newProgress}`;
    default:
      return `${change.kind} ${change.group}/${change.initiativeName}`;
  }
}
const preview = async (departmentId: number, text: string, corrections = [] as typeof PROFILE_CORRECTIONS) =>
  previewImport(temp.db, text, { departments: departmentId, corrections });
const newInitiatives = (changes: Change[]) =>
  changes.filter((c) => c.kind === "new_initiative").map((c) => `${c.group}/${c.initiativeName}`);

describe("structural corrections and the department's layout profile", () => {
  it("without corrections the preview shows the misread layout", async () => {
    const set = await preview(teamA, PROFILE_W47);
    expect(newInitiatives(set.changes)).toEqual([
      "核心项目/长沙佣金存管",
      "核心项目/补充",
      "核心项目/王小明",
      "核心项目/新渠道",
      "收银台改版/收银台改版",
      "网关升级/网关",
      "经验分享/复盘机制",
    ]);
    expect(set.extraction.firedRules).toBeUndefined();
  });

  it("each correction kind recomputes the change set on the server, and nothing is written", async () => {
    const one = async (index: number) => (await preview(teamA, PROFILE_W47, [PROFILE_CORRECTIONS[index]!])).changes.map(summary);
    // facet: 补充 is no initiative; its 提测 is a milestone of 长沙佣金存管
    const facet = await one(0);
    expect(facet).not.toContain("new_initiative 核心项目/补充");
    expect(facet).toContain("new_milestone 长沙佣金存管 可能影响提测 2024-12-05 planned");
    // ignore: 王小明 is no initiative
    expect(await one(1)).not.toContain("new_initiative 核心项目/王小明");
    // section: 新渠道 groups 渠道甲 and 渠道乙
    const section = await one(2);
    expect(section).toEqual(expect.arrayContaining(["new_initiative 新渠道/渠道甲", "new_initiative 新渠道/渠道乙"]));
    expect(section).not.toContain("new_initiative 核心项目/新渠道");
    // projectLevel: the ### headings are the initiatives, in the ## group
    const level = await one(3);
    expect(level).toEqual(expect.arrayContaining(["new_initiative 渠道项目/收银台改版", "new_initiative 渠道项目/网关升级"]));
    // notProgress: 灰度完成50% is no progress
    expect(await one(4)).not.toContain("progress_change 收银台改版 null→50");
    expect((await preview(teamA, PROFILE_W47)).changes.map(summary)).toContain("progress_change 收银台改版 null→50");
    // skipSection: 经验分享 gives nothing
    expect(await one(5)).not.toContain("new_initiative 经验分享/复盘机制");
    expect(await temp.db.report.count()).toBe(0);
    expect(await temp.db.layoutProfileRule.count()).toBe(0);
  });

  it("refuses corrections that contradict each other, and writes nothing", async () => {
    const both = [
      { kind: "facet" as const, match: "补充", value: "" },
      { kind: "alias" as const, match: "网关", value: "网关" },
    ];
    await expect(preview(teamA, PROFILE_W47, both)).rejects.toMatchObject({ code: "invalid", message: "别名“网关”指向它自己" });
    await expect(commitImport(temp.db, PROFILE_W47, { departmentId: teamA, actor: "张三", corrections: both })).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await temp.db.report.count()).toBe(0);
    expect(await temp.db.layoutProfileRule.count()).toBe(0);
  });

  it("commits with the corrections and remembers them for the department, with where they came from", async () => {
    const set = await preview(teamA, PROFILE_W47, PROFILE_CORRECTIONS);
    expect(newInitiatives(set.changes)).toEqual([
      "核心项目/长沙佣金存管",
      "新渠道/渠道甲",
      "新渠道/渠道乙",
      "渠道项目/收银台改版",
      "渠道项目/网关升级",
    ]);
    expect(set.extraction.firedRules!.map((f) => `${f.kind}:${f.line}`)).toEqual([
      "facet:5",
      "ignore:6",
      "section:7",
      "projectLevel:11",
      "notProgress:12",
      "projectLevel:13",
      "skipSection:15",
    ]);
    const result = await commitImport(temp.db, PROFILE_W47, { departmentId: teamA, actor: "张三", corrections: PROFILE_CORRECTIONS });
    const profile = await readLayoutProfile(temp.db, teamA);
    expect(profile.rules.map((r) => `${r.kind}:${r.match}`)).toEqual(PROFILE_CORRECTIONS.map((c) => `${c.kind}:${c.match}`));
    expect(
      profile.rules.every((r) => r.source.reportId === result.reportId && r.source.week === "2024-W47" && r.source.actor === "张三"),
    ).toBe(true);
    expect(await readLayoutProfile(temp.db, teamB)).toEqual({ version: 1, rules: [] });
  });

  it("reads the next week of the department the corrected way, with no correction", async () => {
    const set = await preview(teamA, PROFILE_W48);
    expect(set.changes.map(summary).sort()).toEqual(
      [
        "progress_change 长沙佣金存管 10→30",
        "state_change 长沙佣金存管 支付上线 planned→done",
        "date_change 长沙佣金存管 可能影响提测 2024-12-05→2024-12-06",
        "date_change 渠道甲 上线 2024-12-10→2024-12-12",
      ].sort(),
    );
    expect(new Set(set.extraction.firedRules!.map((f) => f.kind)).size).toBe(6);
  });

  it("never applies one department's profile to another's report", async () => {
    const set = await preview(teamB, PROFILE_W48);
    expect(newInitiatives(set.changes)).toContain("核心项目/补充");
    expect(set.extraction.firedRules).toBeUndefined();
  });

  it("reads without the profile when asked, and keeps no rule when told not to remember", async () => {
    const raw = await previewImport(temp.db, PROFILE_W48, { departments: teamA, useProfile: false });
    expect(newInitiatives(raw.changes)).toContain("核心项目/王小明");
    await commitImport(temp.db, PROFILE_W47, {
      departmentId: teamB,
      actor: "李四",
      corrections: [PROFILE_CORRECTIONS[0]!],
      rememberForDepartment: false,
    });
    expect(await temp.db.layoutProfileRule.count({ where: { departmentId: teamB } })).toBe(0);
  });

  it("a later correction overrules a remembered rule on the same label", async () => {
    await commitImport(temp.db, PROFILE_W48, {
      departmentId: teamA,
      actor: "王五",
      corrections: [{ kind: "ignore", match: "补充", value: "" }],
    });
    const rules = (await readLayoutProfile(temp.db, teamA)).rules;
    expect(rules.filter((r) => r.match === "补充").map((r) => `${r.kind}:${r.source.actor}`)).toEqual(["ignore:王五"]);
  });
});

// Numbered areas over bulleted work: "projects are at this level" on a list item.
const LIST_W49 = numberedAreasReport();

describe("a list depth as a structural correction", () => {
  it("recomputes the change set on the server with the list items of that depth as the initiatives, and writes nothing", async () => {
    const team = (await findOrCreateDepartment(temp.db, "平台部")).id;
    const plain = await preview(team, LIST_W49);
    expect(newInitiatives(plain.changes)).toEqual(["支付中台/长沙佣金存管", "支付中台/收银台改版", "风控平台/规则引擎"]);
    const l1 = await preview(team, LIST_W49, [{ kind: "projectLevel", match: "l1", value: "" }]);
    expect(newInitiatives(l1.changes)).toEqual(["重点工作/支付中台", "重点工作/风控平台"]);
    expect(l1.changes.map(summary)).toEqual([
      "new_initiative 重点工作/支付中台",
      "progress_change 支付中台 null→30",
      "new_milestone 支付中台 上线 2024-12-05 done",
      "new_milestone 支付中台 全量 2024-12-12 planned",
      "new_initiative 重点工作/风控平台",
      "progress_change 风控平台 null→60",
      "new_milestone 风控平台 提测 2024-12-09 planned",
    ]);
    expect(l1.extraction.firedRules!.map((f) => `${f.kind}:${f.match}:${f.line}`)).toEqual(["projectLevel:l1:4", "projectLevel:l1:9"]);
    // the later of two list depths in one review stands
    const later = await preview(team, LIST_W49, [
      { kind: "projectLevel", match: "l1", value: "" },
      { kind: "projectLevel", match: "l2", value: "" },
    ]);
    expect(newInitiatives(later.changes)).toEqual(newInitiatives(plain.changes));
    expect(await temp.db.layoutProfileRule.count({ where: { departmentId: team } })).toBe(0);
    expect(await temp.db.report.count({ where: { departmentId: team } })).toBe(0);
  });

  it("remembers it, and a later list depth overrules the one remembered while a heading level stays", async () => {
    const team = (await findOrCreateDepartment(temp.db, "平台部")).id;
    const l1 = { kind: "projectLevel" as const, match: "l1", value: "" };
    await commitImport(temp.db, LIST_W49, {
      departmentId: team,
      actor: "张三",
      corrections: [l1, { kind: "projectLevel", match: "h3", value: "" }],
    });
    expect((await readLayoutProfile(temp.db, team)).rules.map((r) => r.match)).toEqual(["l1", "h3"]);
    const next = await preview(team, LIST_W49.replace("12/5上线", "12/8上线"));
    expect(next.changes.map(summary)).toContain("date_change 支付中台 上线 2024-12-05→2024-12-08");
    const l2 = { kind: "projectLevel" as const, match: "l2", value: "" };
    await commitImport(temp.db, LIST_W49.replace("2024-W49", "2024-W50").replace("2024-12-06", "2024-12-13"), {
      departmentId: team,
      actor: "李四",
      corrections: [l2],
    });
    expect((await readLayoutProfile(temp.db, team)).rules.map((r) => `${r.match}:${r.source.actor}`)).toEqual(["h3:张三", "l2:李四"]);
  });
});
