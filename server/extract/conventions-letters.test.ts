// A report sent as a letter (email, 企业微信, 公文): a salutation, a lead-in, the work, a closing
// and a signature. Only the work is work; the signature names the department.
import { describe, expect, it } from "vitest";
import { milestones, names } from "../testing/short-report";
import { extractReport } from "./extract-report";

const letter =
  "各位领导、同事好：\n\n现将技术保障部本周（12月2日-12月6日）工作汇报如下：\n\n" +
  "1、生产环境巡检：发现隐患3处，已整改2处，剩余1处计划12月10日前整改完毕。\n" +
  "2、灾备系统建设：整体进度约75%，计划12月底前完成切换演练。\n\n" +
  "下周重点：\n1、12月12日参加集团信息安全培训。\n\n特此汇报。\n技术保障部\n2024年12月6日\n";

describe("a report written as a letter", () => {
  const result = extractReport(letter, { referenceDate: "2024-12-06" });

  it("reads the work between the lead-in and the closing, not the salutation, lead-in, closing or signature", () => {
    expect(names(result)).toEqual(["生产环境巡检", "灾备系统建设", "参加集团信息安全培训"]);
    expect(milestones(result, "灾备系统建设")).toEqual([["切换演练", "2024-12-31", "planned"]]);
  });

  it("names the department by the unit that signs it", () => {
    expect(result.department).toBe("技术保障部");
  });

  it("takes a last line for a signature only after a closing", () => {
    const plain = extractReport("1、生产环境巡检：12月10日前整改完毕。\n\n数据中心\n", { referenceDate: "2024-12-06" });
    expect(plain.department).toBe("");
  });
});
