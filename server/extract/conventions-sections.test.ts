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
    expect(entry(result, "wise违章模板")?.group).toBe("下周安排");
    expect(milestones(result, "pc版本")).toEqual([["pc版本上线", "2024-12-10", "planned"]]);
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

describe("a section per person", () => {
  it("gives the items under `## 陈威`, beside other members' headings, their owner, and no owner after other words", () => {
    const result = read(
      "## 测试组\n- 自动化测试用例修改\n\n## 陈威\n- oto installer自动分区，周四完成\n- OTA应能够更新ESP分区内容\n\n" +
        "## 肖络元\n- 标准安卓模拟器安装自研应用------100%\n",
    );
    expect(result.entries.map((e) => [e.initiative, e.owner ?? null])).toEqual([
      ["自动化测试用例修改", null],
      ["oto installer自动分区", "陈威"],
      ["OTA应能够更新ESP分区内容", "陈威"],
      ["标准安卓模拟器安装自研应用", "肖络元"],
    ]);
    // not after headings that open with a surname character but are no people
    const owners = (body: string) => read(body).entries.map((e) => e.owner ?? null);
    // one such heading alone, among work headings
    expect(owners("## 金融\n- 股票行情卡片升级\n\n## 运维\n- 机房搬迁\n\n## 支付\n- 收银台改版\n")).toEqual([null, null, null]);
    // days of the week: 周 is a surname too
    expect(owners("## 周一\n- 编写接口文档\n\n## 周二\n- 支付模块联调\n")).toEqual([null, null]);
    // a team
    expect(owners("## 王者组\n- 排位赛上线\n\n## 陈威\n- 分区调整\n\n## 高德组\n- 地图适配\n")).toEqual([null, null, null]);
  });
});

describe("labels of a week's tasks", () => {
  it("reads `第12周任务：`, `第三周工作：` as the label of the list below it, not a piece of work", () => {
    const result = read("### 上次行动完成情况\n\n第12周任务：\n   - 项目配置报错处理\n   - JDK版本统一为17\n");
    expect(names(result)).toEqual(["项目配置报错处理", "JDK版本统一为17"]);
    const done = read("## 周报\n\n第三周工作：\n- 数据库设计，12月3日评审\n");
    expect(names(done)).toEqual(["数据库设计"]);
    expect(milestones(done, "数据库设计")).toEqual([["评审", "2024-12-03", "done"]]);
  });
});

describe("numbering words before a name", () => {
  it("leaves `议题1、`, `任务2：`, `事项3.` out of the name", () => {
    const result = read(
      "## 会议纪要\n\n- 议题1、third_party_glfw仓申请退休\n- 任务2：接口联调，12月10日完成\n- 事项3. 发布评审\n- 议题四、新建SIG仓申请\n",
    );
    expect(names(result)).toEqual(["third_party_glfw仓申请退休", "接口联调", "发布评审", "新建SIG仓申请"]);
    // the milestone is named from the words after the label too
    expect(milestones(result, "接口联调")).toEqual([["接口完成", "2024-12-10", "planned"]]);
  });
});

describe("statements under a work heading", () => {
  it("reads bullets that are all statements, beside headings of work, as the heading's work; dated news stays news", () => {
    const result = read(
      "## 本周进展\n\n### RVA23 仓库 [进展预估 50%]\n\n构建机器搬迁，本周暂无进展。\n\n" +
        "### deepin-ports 维护\n\n- 天气炎热，已将 4 台 SG2042 机器搬迁至有空调的调试机房，网络尚在配置中。\n" +
        "- 在调试间重新安装和配置 SG2044 机器。\n",
    );
    expect(names(result)).toEqual(["RVA23 仓库", "deepin-ports 维护"]);
    // dated news bullets are events of their own
    const news = read(
      "## 社区动态\n\n### GCC [进展 50%]\n\n本周合入补丁。\n\n" +
        "### RISC-V in China\n\n- 12月3日举办了第一次东亚时区双周同步会。\n- 12月5日有一个标准化论坛。\n",
    );
    expect(names(news)).not.toContain("RISC-V in China");
  });
});
