import { describe, expect, it } from "vitest";
import { messages } from "../../../lib/messages";
import { digestCsv } from "./digest-csv";
import { REGRESSION_ITEM, SLIPPED_ITEM } from "../../testing/digest-items";

const item = { ...SLIPPED_ITEM, reason: '双主体需求, "变更"' };

describe("digestCsv", () => {
  it("writes a header and one quoted row per item", () => {
    const lines = digestCsv([item])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe("类别,分组,项目,里程碑,当前日期,基线日期,累计延期(天),本周推迟(天),原因,上次进度(%),本周进度(%),周报原文");
    // the category is the digest page's section name (messages.week.sections.slipped)
    expect(lines[1]).toBe(
      `${messages.week.sections.slipped},O1 业务服务,贝易转-装修存管,上线,2024-12-26,2024-12-05,21,7,"双主体需求, ""变更""",,,`,
    );
  });
  it("writes a progress regression's two figures and its report line", () => {
    const row = digestCsv([REGRESSION_ITEM]).split("\r\n")[1];
    expect(row).toBe(`${messages.week.sections.progress_regressed},O1 业务服务,贝易转-装修存管,,,,,,,60,35,装修存管：进度35%，需求变更`);
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(digestCsv([{ ...item, initiativeName: "=HYPERLINK(1)" }])).toContain(",'=HYPERLINK(1),");
  });
});
