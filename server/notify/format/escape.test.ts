import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, markdownUrl } from "./escape";
import { fitBlocks } from "./fit-blocks";

describe("escapeMarkdown", () => {
  it("keeps report text from becoming markup", () => {
    expect(escapeMarkdown("**上线** [点我](javascript:alert(1))")).toBe("\\*\\*上线\\*\\* \\[点我\\]\\(javascript:alert\\(1\\)\\)");
    expect(escapeMarkdown('<font color="warning">x</font>')).toBe('&lt;font color="warning"&gt;x&lt;/font&gt;');
    expect(escapeMarkdown("第一行\n# 标题\n> 引用")).toBe("第一行 \\# 标题 &gt; 引用");
    expect(escapeMarkdown("支付11/28上线")).toBe("支付11/28上线");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
  });
});

describe("markdownUrl", () => {
  it("encodes what would end a markdown link", () => {
    expect(markdownUrl("https://t.example/?q=a b(c)")).toBe("https://t.example/?q=a%20b%28c%29");
  });
});

describe("fitBlocks", () => {
  const size = (s: string) => s.length;
  it("keeps everything that fits", () => {
    expect(fitBlocks(["aa", "bb"], size, 4, () => "+")).toEqual(["aa", "bb"]);
  });
  it("cuts before the budget and says how many were left out", () => {
    expect(fitBlocks(["aa", "bb", "cc", "dd"], size, 6, (n) => `+${n}`)).toEqual(["aa", "bb", "+2"]);
  });
});
