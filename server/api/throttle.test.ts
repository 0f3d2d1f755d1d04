import { describe, expect, it } from "vitest";
import { createThrottle } from "./throttle";

describe("createThrottle", () => {
  it("allows `limit` calls per window and key, then refuses until the window has passed", () => {
    let clock = 0;
    const throttle = createThrottle(3, 60_000, () => clock);
    expect([1, 2, 3, 4].map(() => throttle.take("a"))).toEqual([true, true, true, false]);
    expect(throttle.take("b")).toBe(true); // another user has their own count
    clock = 59_999;
    expect(throttle.take("a")).toBe(false);
    clock = 60_001;
    expect([throttle.take("a"), throttle.take("a"), throttle.take("a"), throttle.take("a")]).toEqual([true, true, true, false]);
  });
});
