import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { extractReport } from "~/server/extract";
import { StructureActions } from "./structure-actions";
import { numberedAreasReport } from "~/server/extract/profile/numbered-areas.fixture";

const REPORT = numberedAreasReport("### 网关升级", "- 进度：80%", "- 计划：12/20切换");

/** The choices the select offers on one extracted entry, as `value=label`. */
function choices(initiative: string): string[] {
  const entry = extractReport(REPORT).entries.find((e) => e.initiative === initiative)!;
  const html = renderToStaticMarkup(
    createElement(StructureActions, { entry, reportLines: REPORT.split("\n"), disabled: false, onCorrect: () => {} }),
  );
  return [...html.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => `${m[1]}=${m[2]}`);
}

describe("the structure actions on an extracted entry", () => {
  it("offer the entry's list depth, and the next depth where list items sit below it", () => {
    const offered = choices("长沙佣金存管");
    expect(offered).toContain("list=项目在这一层（列表第 2 级）");
    expect(offered).toContain("listNext=项目在下一层（列表第 3 级）");
    expect(offered).toContain("listUpper=项目在上一层（列表第 1 级）");
  });

  it("offer no next depth on a list item with nothing below it", () => {
    const entry = {
      ...extractReport(REPORT).entries.find((e) => e.initiative === "规则引擎")!,
      source: { line: 11, text: "     - 12/9提测" },
    };
    const html = renderToStaticMarkup(
      createElement(StructureActions, { entry, reportLines: REPORT.split("\n"), disabled: false, onCorrect: () => {} }),
    );
    expect(html).toContain("项目在这一层（列表第 3 级）");
    expect(html).not.toContain("项目在下一层");
  });

  it("offer no list depth on an entry that is a heading, beside the heading level", () => {
    const offered = choices("网关升级");
    expect(offered).toContain("level=项目在这一层（h3）");
    expect(offered.some((o) => o.startsWith("list"))).toBe(false);
  });
});
