// Two weeks of one team whose layout the extractor misreads in six ways, one per
// kind of structural correction (issue #13): an item that is a part of the one
// above (补充), a person (王小明), a list item that is a section (新渠道),
// projects one heading level down (### under ## 渠道项目), a rollout share read as
// progress (灰度完成50%), a section of reflections (经验分享).
import type { ProfileCorrection } from "../../lib/layout-profile/layout-profile";

function report(week: string, day: string, lines: readonly string[]): string {
  return [`# 支付部周报 ${week}`, `日期：${day}`, ...lines].join("\n");
}

export const PROFILE_W47 = report("2024-W47", "2024-11-22", [
  "## 核心项目",
  "- 长沙佣金存管：进度10%，支付11/28上线",
  "- 补充：联调环境不稳定，可能影响12/5提测",
  "- 王小明：负责对接",
  "- 新渠道",
  "  - 渠道甲：12/10上线",
  "  - 渠道乙：12/20上线",
  "## 渠道项目",
  "### 收银台改版",
  "- 收银台改版：灰度完成50%，12/3提测",
  "### 网关升级",
  "- 网关：12/6上线",
  "## 经验分享",
  "- 复盘机制：12/9评审",
]);

/** The next week in the same layout: dates moved, one milestone done. */
export const PROFILE_W48 = report("2024-W48", "2024-11-29", [
  "## 核心项目",
  "- 长沙佣金存管：进度30%，支付11/28已上线",
  "- 补充：联调环境仍不稳定，可能影响12/6提测",
  "- 王小明：负责对接",
  "- 新渠道",
  "  - 渠道甲：12/12上线",
  "  - 渠道乙：12/20上线",
  "## 渠道项目",
  "### 收银台改版",
  "- 收银台改版：灰度完成80%，12/3提测",
  "### 网关升级",
  "- 网关：12/6上线",
  "## 经验分享",
  "- 复盘机制：12/16评审",
]);

/** One correction per kind of mistake in PROFILE_W47. */
export const PROFILE_CORRECTIONS: ProfileCorrection[] = [
  { kind: "facet", match: "补充", value: "" },
  { kind: "ignore", match: "王小明", value: "" },
  { kind: "section", match: "新渠道", value: "" },
  { kind: "projectLevel", match: "h3", value: "" },
  { kind: "notProgress", match: "灰度", value: "" },
  { kind: "skipSection", match: "经验分享", value: "" },
];
