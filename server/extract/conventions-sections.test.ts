// Conventions of how real reports lay out their sections (febaidu personal weeklies, OpenThos team
// progress, student team minutes, OpenHarmony SIG minutes, deepin-ports SIG weeklies): a plan beside the
// projects, a section per person, a week's task label, a numbered topic, statements under a work.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";

const entry = (result: ReturnType<typeof read>, initiative: string) => result.entries.find((e) => e.initiative === initiative);

describe("a plan section at the level of the projects", () => {
  it("reads `## 下周安排` after projects written with facet headings as the report's plan, not the last project's", () => {
    const result = read(
      "## 国内版数据图表\n\n### 项目背景\n\n给出gdp、cpi这些数据的图表\n\n### 完成情况\n\n12月2日上线模板\n\n" +
        "## 违章查询\n\n### 完成情况\n\nwise后端同步接口调好了\n\n" +
        "## 下周安排\n\n* 周一上线wise违章模板\n* 周二上线pc版本\n",
    );
    expect(milestones(result, "违章查询") ?? []).toEqual([]);
    expect(entry(result, "上线wise违章模板")?.group).toBe("下周安排");
    expect(milestones(result, "上线pc版本")).toEqual([["pc版本上线", "2024-12-10", "planned"]]);
  });

  it("reads a plan written as a plain line (`## todo` / `下周…，暂定周三提测`) as work of its own", () => {
    const result = read(
      "## 天气创新突击\n\n### 背景与目标\n\n探索在天气卡片下增加生活入口\n\n### 完成情况\n\n模板周二上线了第一版\n\n" +
        "## todo\n\n下周开始继续开发股票行情卡，暂定周三提测\n",
    );
    expect(milestones(result, "天气创新突击")).toEqual([["模板上线", "2024-12-03", "done"]]);
    expect(result.entries.find((e) => e.group === "todo")?.milestones.map((m) => [m.title, m.date])).toContainEqual([
      expect.stringContaining("提测"),
      "2024-12-11",
    ]);
  });
});
