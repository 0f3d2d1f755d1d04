import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, nextAttemptAt } from "./backoff";

const now = new Date("2026-12-07T01:00:00Z");
const after = (attempts: number, retryAfter: number | null = null) => nextAttemptAt(now, attempts, DEFAULT_RETRY, retryAfter);

describe("nextAttemptAt", () => {
  it("doubles the wait from 30 s, capped at an hour", () => {
    expect(after(1)!.getTime() - now.getTime()).toBe(30_000);
    expect(after(2)!.getTime() - now.getTime()).toBe(60_000);
    expect(after(5)!.getTime() - now.getTime()).toBe(480_000);
    expect(nextAttemptAt(now, 20, { ...DEFAULT_RETRY, maxAttempts: 99 })!.getTime() - now.getTime()).toBe(3_600_000);
  });
  it("waits at least Retry-After", () => {
    expect(after(1, 120_000)!.getTime() - now.getTime()).toBe(120_000);
  });
  it("gives up after the last attempt", () => {
    expect(after(DEFAULT_RETRY.maxAttempts)).toBeNull();
  });
});
