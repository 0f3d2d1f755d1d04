// Conventions of software teams' reports published on GitHub/Gitee/blogs (tmp/real in the
// ext-wt4 worktree shows each one in real files): action-item tables and document footers.
import { describe, expect, it } from "vitest";
import { milestones, names, readBody as read } from "../testing/short-report";
import { extractReport } from "./extract-report";

describe("action-item tables", () => {
  it("dates the completion of a row by its due column, never naming the milestone after the owner", () => {
    const result = read(
      "## 纠正动作\n\n| 动作 | 负责人 | 截止时间 | 状态 |\n|------|--------|----------|------|\n" +
        "| 迁移审计报告 | PMO | 2024-12-04 | ✅ 已完成 |\n| 更新问题索引 | 张三 | 2024-12-10 | 进行中 |",
    );
    expect(names(result)).toEqual(["迁移审计报告", "更新问题索引"]);
    expect(milestones(result, "迁移审计报告")).toEqual([["完成", "2024-12-04", "done"]]);
    expect(milestones(result, "更新问题索引")).toEqual([["完成", "2024-12-10", "planned"]]);
  });
});

describe("document footers", () => {
  it("reads 文档版本 / 最后更新 / 状态图例 lines as the document's, not work", () => {
    const result = read(
      "## 项目状态看板\n\n- 支付网关切换：12月10日上线\n\n**状态图例**: 🟢 正常 | 🔴 阻塞 | ✅ 完成\n\n" +
        "---\n\n**文档版本**: v1.0  \n**最后更新**: 2024-12-06\n",
    );
    expect(names(result)).toEqual(["支付网关切换"]);
    expect(milestones(result, "支付网关切换")).toEqual([["上线", "2024-12-10", "planned"]]);
  });
});

describe("titles of community periodicals", () => {
  it("leaves the 双周报 and a periodical's number out of the department", () => {
    const department = (title: string) =>
      extractReport(`${title}\n\n- 支付上线：12月2日已上线\n`, { referenceDate: "2024-12-06" }).department;
    expect(department("# 【香山双周报 60】20240930 期")).toBe("香山");
    expect(department("# openEuler RISC-V SIG 双周报 2024-12-06")).toBe("openEuler RISC V SIG");
    expect(department('---\ntitle: "社区双周报（5.16 - 5.31）"\n---')).toBe("社区");
    expect(department("# OSDT Weekly 2020-12-16 第076期")).toBe("OSDT");
    expect(department("# DevBoard SIG周报 [14]周 2026.03.30-04.03")).toBe("DevBoard SIG");
  });
});

describe("logs of dated lines", () => {
  it("reads a full date with a one-digit day (2024.12.2, 2024/12/4) opening a line as its day, no part of its name", () => {
    const result = read("## 会议纪要\n\n- 2024.12.2 ACT SIG 例会\n- 2024/12/4 方案评审会议\n", "2024-12-20");
    expect(names(result)).toEqual(["ACT SIG 例会", "方案评审会议"]);
    expect(milestones(result, "方案评审会议")).toEqual([["方案评审会议", "2024-12-04", "done"]]);
  });
});
