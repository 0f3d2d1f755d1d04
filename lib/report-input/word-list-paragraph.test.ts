import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";

// What Word for Windows puts on the clipboard for a heading and a two-level list (trimmed of its <head>).
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment--><h2><span style='font-family:等线'>【O1 业务服务】</span></h2>
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>长沙佣金存管</b>：进度10%，支付11/28上线</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:42.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:Wingdings'>§<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]>业务上线12/5</p>
<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>2.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>芝麻免押：花呗扣款11/21上线</p>
<p class=MsoNormal>备注</p><!--EndFragment--></body></html>`;

describe("Word's list paragraphs", () => {
  it("become items indented by their level, one per line", () => {
    expect(htmlToMarkdown(WORD_CLIPBOARD)).toBe(
      [
        "## 【O1 业务服务】",
        "",
        "1. **长沙佣金存管**：进度10%，支付11/28上线",
        "    - 业务上线12/5",
        "2. 芝麻免押：花呗扣款11/21上线",
        "",
        "备注",
        "",
      ].join("\n"),
    );
  });
});
