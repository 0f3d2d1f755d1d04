import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";

// What Word for Windows puts on the clipboard for a heading and a two-level list (trimmed of its <head>).
const WORD_CLIPBOARD = readFileSync(path.join(__dirname, "fixtures", "word-clipboard.html"), "utf8");

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
