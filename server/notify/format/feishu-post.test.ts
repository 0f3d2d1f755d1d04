import { describe, expect, it } from "vitest";
import { FEISHU_BODY_LIMIT, feishuPost } from "./feishu-post";
import { sampleMessage } from "../../testing/sample-notify-message";

describe("feishuPost", () => {
  it("renders title, headings and linked items as post elements, text as typed", () => {
    const body = feishuPost(sampleMessage(1));
    const post = body.content.post.zh_cn;
    expect(post.title).toBe("风控平台部 · 2024-W47 周报已导入");
    expect(post.content).toEqual([
      [{ tag: "text", text: "新延期 1 项" }],
      [{ tag: "text", text: "【新延期】1 项" }],
      [
        { tag: "text", text: "• " },
        {
          tag: "a",
          text: "芝麻免押 **上线** <b>0</b> 推迟 7 天（原因：[联调](javascript:x)）",
          href: "https://tracker.example/?initiative=1",
        },
      ],
    ]);
  });

  it("stays under 20 KB and ends with a 更多 link when cut", () => {
    const body = feishuPost(sampleMessage(500));
    expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThan(FEISHU_BODY_LIMIT - 200);
    const last = body.content.post.zh_cn.content.at(-1)!;
    expect(last[0]).toMatchObject({ tag: "a", href: "https://tracker.example/week?week=2024-W47&department=1" });
    expect((last[0] as { text: string }).text).toMatch(/^还有 \d+ 条未显示/);
  });
});
