import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";

describe("htmlToMarkdown", () => {
  it("turns a rich editor's clipboard (飞书) into the reader's Markdown", () => {
    const html = readFileSync(path.join(__dirname, "fixtures", "feishu-clipboard.html"), "utf8");
    expect(htmlToMarkdown(html)).toBe(
      [
        "# 2024-W51",
        "",
        "Created: 2024年12月21日 10:00",
        "",
        "## 【O1 业务服务】",
        "",
        "1. **星河对账平台**：需求评审完成，进度20%，预计12/30提测，1/15上线。",
        "    - 对账规则已评审，差错处理预计1月10日联调",
        "2. 长沙佣金存管：业务已上线，进度100%。",
        "",
        "## 【O2 重点项目】",
        "",
        "| **项目** | 进度 | 计划 |",
        "| --- | --- | --- |",
        "| 云帆清算平台 | 10% | 预计1/8提测，<br>1/20上线 |",
        "",
        "备注： 本周无风险",
        "",
      ].join("\n"),
    );
  });

  it("keeps an ordered list's start, escapes pipes in cells and writes no markup of its own", () => {
    expect(htmlToMarkdown('<ol start="3"><li>三</li><li>四</li></ol>')).toBe("3. 三\n4. 四\n");
    expect(htmlToMarkdown("<table><tr><th>a|b</th></tr><tr><td>c</td></tr></table>")).toBe("| a\\|b |\n| --- |\n| c |\n");
    expect(htmlToMarkdown("<p>1. 名称：内容 *不是强调*</p>")).toBe("1. 名称：内容 *不是强调*\n");
  });

  it("keeps a cell's paragraphs and line breaks apart as <br>, as Word and 飞书 tables write one statement a line", () => {
    const cell = "<td><p>完成联调，进度80%</p><p>12/10提测</p></td><td>12/13上线<br>12/20全量</td>";
    expect(htmlToMarkdown(`<table><tr><th>进展</th><th>计划</th></tr><tr>${cell}</tr></table>`)).toBe(
      "| 进展 | 计划 |\n| --- | --- |\n| 完成联调，进度80%<br>12/10提测 | 12/13上线<br>12/20全量 |\n",
    );
  });

  it("drops scripts and styles: their text is not report text", () => {
    expect(htmlToMarkdown("<style>p{color:red}</style><p>正文</p><script>alert(1)</script>")).toBe("正文\n");
  });
});
