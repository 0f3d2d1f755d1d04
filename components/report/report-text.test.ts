import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { LineHighlight } from "./line-highlight";
import { ReportText } from "./report-text";

const TEXT = "# 2024-W47\r\n1. 支付：12/5上线\n- <b>12月18日</b> 分享日";
const HIGHLIGHTS: LineHighlight[] = [
  { line: 2, kind: "initiative", label: "支付" },
  { line: 2, kind: "milestone", label: "支付上线 2024-12-05" },
  { line: 3, kind: "unread", label: "未识别的日期行" },
];
const render = (props: Partial<Parameters<typeof ReportText>[0]> = {}) =>
  renderToStaticMarkup(createElement(ReportText, { text: TEXT, highlights: HIGHLIGHTS, ...props }));

describe("ReportText", () => {
  it("shows one numbered row per line with what was read on it, and the text as text", () => {
    const html = render();
    expect(html.match(/class="report-line[^"]*"/g)).toEqual([
      'class="report-line"',
      'class="report-line marked"',
      'class="report-line marked unread"',
    ]);
    expect(html).toContain('<a class="line-no" href="#L2">2</a>');
    expect(html).toContain("项目：支付");
    expect(html).toContain("里程碑：支付上线 2024-12-05");
    // 未识别 says what it is; why is its title
    expect(html).toContain('title="未识别的日期行" data-kind="unread">未识别</span>');
    expect(html).toContain("&lt;b&gt;12月18日&lt;/b&gt; 分享日");
    expect(html).not.toContain("<b>");
  });

  it("in the review, each line is a control instead of an anchor, and the picked one is current", () => {
    const html = render({ onLine: () => undefined, selected: 3, header: "周报原文" });
    expect(html).not.toContain('id="L');
    expect(html).toContain('<button type="button" class="line-no" aria-label="第 2 行">2</button>');
    expect(html).toMatch(/data-line="3" aria-current="true" class="report-line marked unread selected"/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('<div class="report-text-header">周报原文</div>');
  });
});
