import { describe, expect, it } from "vitest";
import { readWebhookAnswer, retryAfterMs } from "./send-result";

describe("readWebhookAnswer", () => {
  it("reads success as each platform says it", () => {
    expect(readWebhookAnswer(200, '{"code":0,"msg":"success"}', null).outcome).toBe("sent");
    expect(readWebhookAnswer(200, '{"errcode":0,"errmsg":"ok"}', null).outcome).toBe("sent");
  });
  it("retries 5xx, 429 and rate-limit codes; gives up on signature and token errors", () => {
    expect(readWebhookAnswer(500, "oops", null)).toMatchObject({ outcome: "retry", retryAfterMs: null });
    expect(readWebhookAnswer(429, "", "3")).toMatchObject({ outcome: "retry", retryAfterMs: 3000 });
    expect(readWebhookAnswer(200, '{"errcode":130101,"errmsg":"send too fast"}', null).outcome).toBe("retry");
    expect(readWebhookAnswer(200, '{"code":19021,"msg":"sign match fail"}', null).outcome).toBe("failed");
    expect(readWebhookAnswer(200, '{"errcode":310000,"errmsg":"sign not match"}', null).outcome).toBe("failed");
    expect(readWebhookAnswer(404, "not found", null).outcome).toBe("failed");
    expect(readWebhookAnswer(200, "<html>", null).outcome).toBe("failed");
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs("Wed, 02 Dec 2026 13:00:10 GMT", Date.parse("2026-12-02T13:00:00Z"))).toBe(10_000);
    expect(retryAfterMs("soon")).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
