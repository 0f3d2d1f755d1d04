import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./private-address";
import { checkResolvedHost, checkWebhookUrl } from "./webhook-url";

describe("checkWebhookUrl", () => {
  it("accepts the platforms' public https webhooks", () => {
    for (const url of [
      "https://open.feishu.cn/open-apis/bot/v2/hook/abc",
      "https://oapi.dingtalk.com/robot/send?access_token=abc",
      "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a",
    ])
      expect(checkWebhookUrl(url, false)).toMatchObject({ ok: true });
  });

  it("refuses what is malformed, not http(s), carries credentials, or is private", () => {
    expect(checkWebhookUrl("not a url", false)).toEqual({ ok: false, error: "Webhook 地址格式不正确" });
    expect(checkWebhookUrl("ftp://example.com/x", false)).toMatchObject({ ok: false, error: expect.stringContaining("http") });
    expect(checkWebhookUrl("javascript:alert(1)", false)).toMatchObject({ ok: false });
    expect(checkWebhookUrl("https://u:p@example.com/x", false)).toMatchObject({ ok: false, error: expect.stringContaining("密码") });
    for (const url of [
      "http://127.0.0.1:8080/x",
      "http://localhost/x",
      "http://10.1.2.3/x",
      "http://192.168.0.1/x",
      "http://172.20.0.1/x",
      "http://169.254.169.254/latest",
      "http://[::1]/x",
      "http://[fd00::1]/x",
      "http://[::ffff:10.0.0.1]/x",
      "http://intranet/x",
    ])
      expect(checkWebhookUrl(url, false), url).toMatchObject({ ok: false, error: expect.stringContaining("NOTIFY_ALLOW_PRIVATE") });
  });

  it("lets private addresses through when allowed", () => {
    expect(checkWebhookUrl("http://127.0.0.1:8080/x", true)).toMatchObject({ ok: true });
  });
});

describe("isPrivateAddress", () => {
  it("tells public addresses from private ones", () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("172.32.0.1")).toBe(false);
    expect(isPrivateAddress("2001:4860:4860::8888")).toBe(false);
    expect(isPrivateAddress("172.31.255.255")).toBe(true);
    expect(isPrivateAddress("100.64.0.1")).toBe(true);
  });
});

describe("checkResolvedHost", () => {
  it("refuses a literal private address at send time unless allowed", async () => {
    expect(await checkResolvedHost(new URL("http://127.0.0.1/x"), false)).toContain("内网");
    expect(await checkResolvedHost(new URL("http://127.0.0.1/x"), true)).toBeNull();
    expect(await checkResolvedHost(new URL("http://8.8.8.8/x"), false)).toBeNull();
  });
});
