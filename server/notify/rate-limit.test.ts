import { describe, expect, it } from "vitest";
import { BOT_LIMITS, createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("lets 飞书 send 5 a second and 100 a minute", () => {
    const limiter = createRateLimiter();
    const take = (now: number) => limiter.take("bot", BOT_LIMITS.feishu, now);
    for (let i = 0; i < 5; i++) expect(take(1_000 + i)).toBe(0);
    expect(take(1_005)).toBe(1_000 - 5); // the first of the five leaves the window at 2000
    let now = 2_000;
    let sent = 5;
    while (sent < 100) {
      if (take(now) === 0) sent++;
      now += 200;
    }
    expect(take(now)).toBeGreaterThan(0); // 100 within the minute: wait for the first to leave it
    expect(take(61_000)).toBe(0);
  });

  it("keeps 钉钉 at 20 a minute, per bot", () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 20; i++) expect(limiter.take("a", BOT_LIMITS.dingtalk, i)).toBe(0);
    expect(limiter.take("a", BOT_LIMITS.dingtalk, 20)).toBe(60_000 - 20);
    expect(limiter.take("b", BOT_LIMITS.dingtalk, 20)).toBe(0);
    expect(limiter.take("a", BOT_LIMITS.email, 20)).toBe(0);
  });
});
