import { describe, expect, it } from "vitest";
import { pastedText } from "./pasted-text";

describe("pastedText", () => {
  it("converts a rich editor's HTML with headings and lists to Markdown", () => {
    const html =
      '<h2 style="font-size:20px">【O1 业务服务】</h2><ol><li><span style="font-weight:700">网关</span>：12/5上线<ul><li>联调中</li></ul></li></ol>';
    expect(pastedText(html, "【O1 业务服务】\n网关：12/5上线\n联调中")).toEqual({
      text: "## 【O1 业务服务】\n\n1. **网关**：12/5上线\n    - 联调中",
      converted: true,
    });
  });

  it("keeps the plain text of a code editor's line-per-div HTML, and of no HTML", () => {
    const plain = "# 2024-W47\n    1. 网关：12/5上线";
    expect(pastedText('<div><span style="color:#569cd6"># 2024-W47</span></div><div>    1. 网关：12/5上线</div>', plain)).toEqual({
      text: plain,
      converted: false,
    });
    expect(pastedText("", plain)).toEqual({ text: plain, converted: false });
  });
});
