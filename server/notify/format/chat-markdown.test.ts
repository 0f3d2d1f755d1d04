import { describe, expect, it } from "vitest";
import { chatMarkdown, dingtalkMarkdown, WECOM_MARKDOWN_LIMIT, wecomMarkdown } from "./chat-markdown";
import { sampleMessage } from "../../testing/sample-notify-message";

describe("chatMarkdown", () => {
  it("escapes report text and links each item back to the app", () => {
    const text = chatMarkdown(sampleMessage(1), 4096);
    expect(text).toBe(
      "### 风控平台部 · 2024\\-W47 周报已导入\n新延期 1 项\n\n**新延期**（1 项）\n" +
        "- [芝麻免押 \\*\\*上线\\*\\* &lt;b&gt;0&lt;/b&gt; 推迟 7 天（原因：\\[联调\\]\\(javascript:x\\)）](https://tracker.example/?initiative=1)\n",
    );
  });

  it("cuts 企业微信's content to 4096 bytes with a 更多 link", () => {
    const { markdown } = wecomMarkdown(sampleMessage(200));
    expect(Buffer.byteLength(markdown.content)).toBeLessThanOrEqual(WECOM_MARKDOWN_LIMIT);
    expect(markdown.content).toMatch(
      /\[还有 \d+ 条未显示，更多请在系统中查看\]\(https:\/\/tracker\.example\/week\?week=2024-W47&department=1\)\n$/,
    );
  });

  it("gives 钉钉 a title and the text", () => {
    const body = dingtalkMarkdown(sampleMessage(1));
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.title).toBe("风控平台部 · 2024-W47 周报已导入");
    expect(body.markdown.text).toContain("**新延期**");
  });
});
