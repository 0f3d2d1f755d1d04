import { describe, expect, it } from "vitest";
import { EMAIL_MAX_LINES, emailBody } from "./email-body";
import { sampleMessage } from "../../testing/sample-notify-message";

describe("emailBody", () => {
  it("escapes report text in the HTML part and keeps it as typed in the text part", () => {
    const mail = emailBody(sampleMessage(1));
    expect(mail.subject).toBe("风控平台部 · 2024-W47 周报已导入");
    expect(mail.html).toContain('<a href="https://tracker.example/?initiative=1">芝麻免押 **上线** &lt;b&gt;0&lt;/b&gt;');
    expect(mail.html).not.toContain("<b>0</b>");
    expect(mail.text).toContain("• 芝麻免押 **上线** <b>0</b> 推迟 7 天");
    expect(mail.text).toContain("https://tracker.example/?initiative=1");
  });

  it("caps a long message with a 更多 line", () => {
    const mail = emailBody(sampleMessage(EMAIL_MAX_LINES * 2));
    expect(mail.html.match(/<li>/g)!.length).toBeLessThan(EMAIL_MAX_LINES);
    expect(mail.text).toMatch(/还有 \d+ 条未显示/);
  });
});
