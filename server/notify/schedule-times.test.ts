import { describe, expect, it } from "vitest";
import { checkCron, dailyCron, dayIn, duePeriod } from "./schedule-times";

const MONDAY_0900_SHANGHAI = new Date("2024-11-25T01:00:00Z");

describe("duePeriod", () => {
  it("finds nothing before Monday 09:00 Asia/Shanghai, the 09:00 period from then on", () => {
    expect(duePeriod("0 9 * * 1", "Asia/Shanghai", new Date("2024-11-25T00:59:59Z"))).toBeNull();
    expect(duePeriod("0 9 * * 1", "Asia/Shanghai", MONDAY_0900_SHANGHAI)).toEqual(MONDAY_0900_SHANGHAI);
    expect(duePeriod("0 9 * * 1", "Asia/Shanghai", new Date("2024-11-25T01:00:30Z"))).toEqual(MONDAY_0900_SHANGHAI);
    expect(duePeriod("0 9 * * 1", "Asia/Shanghai", new Date("2024-11-25T05:00:00Z"))).toEqual(MONDAY_0900_SHANGHAI);
  });

  it("lets a period go once it is older than the catch-up window", () => {
    expect(duePeriod("0 9 * * 1", "Asia/Shanghai", new Date("2024-11-25T08:00:00Z"))).toBeNull();
  });

  it("reads the pattern in the given time zone", () => {
    expect(duePeriod("0 9 * * 1", "UTC", MONDAY_0900_SHANGHAI)).toBeNull();
    expect(duePeriod("0 9 * * 1", "UTC", new Date("2024-11-25T09:00:00Z"))).toEqual(new Date("2024-11-25T09:00:00Z"));
  });
});

describe("checkCron", () => {
  it("accepts croner patterns and refuses the rest with a reason", () => {
    expect(checkCron("0 9 * * 1", "Asia/Shanghai")).toBeNull();
    expect(checkCron("0 9 * * MON", "Asia/Shanghai")).toBeNull();
    expect(checkCron("61 9 * * 1", "Asia/Shanghai")).toContain("无效");
    expect(checkCron("every monday", "Asia/Shanghai")).toContain("无效");
    expect(checkCron("0 9 * * 1", "Mars/Olympus")).toContain("时区");
  });
});

describe("dailyCron and dayIn", () => {
  it("turn HH:mm into a pattern and an instant into the zone's day", () => {
    expect(dailyCron("09:05")).toBe("5 9 * * *");
    expect(dayIn(new Date("2024-11-24T17:00:00Z"), "Asia/Shanghai")).toBe("2024-11-25");
    expect(dayIn(new Date("2024-11-24T17:00:00Z"), "UTC")).toBe("2024-11-24");
  });
});
