import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dingtalkSign, dingtalkSignedUrl, feishuSign } from "./sign";

describe("feishuSign", () => {
  it("keys the HMAC with timestamp and secret over an empty message, as 飞书's Python sample does", () => {
    // hmac.new(f"{ts}\n{secret}".encode(), b"", sha256) → base64
    const expected = createHmac("sha256", "1599360473\nsecret").digest("base64");
    expect(feishuSign("secret", 1599360473)).toBe(expected);
    expect(feishuSign("secret", 1599360473)).not.toBe(feishuSign("other", 1599360473));
    expect(feishuSign("secret", 1599360473)).not.toBe(feishuSign("secret", 1599360474));
  });
});

describe("dingtalkSign", () => {
  it("keys the HMAC with the secret over timestamp and secret, as 钉钉's Java sample does", () => {
    const expected = createHmac("sha256", "this is secret").update("1577262236757\nthis is secret").digest("base64");
    expect(dingtalkSign("this is secret", 1577262236757)).toBe(expected);
  });

  it("puts timestamp and the URL-encoded sign into the query, keeping the access token", () => {
    const url = new URL(dingtalkSignedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", "s", 1700000000000));
    expect(url.searchParams.get("access_token")).toBe("abc");
    expect(url.searchParams.get("timestamp")).toBe("1700000000000");
    expect(url.searchParams.get("sign")).toBe(dingtalkSign("s", 1700000000000));
    // base64's + / = must arrive encoded, or 钉钉 reads a different sign
    expect(url.search).not.toMatch(/sign=[^&]*[+/=]/);
  });
});
