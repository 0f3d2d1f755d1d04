import { describe, expect, it } from "vitest";
import { formatInstant } from "./format-instant";

describe("formatInstant", () => {
  it("shows one instant as each zone's wall clock", () => {
    const at = "2024-12-20T01:30:00.000Z";
    expect(formatInstant(at, "Asia/Shanghai")).toBe("2024-12-20 09:30");
    expect(formatInstant(at, "America/New_York")).toBe("2024-12-19 20:30");
    expect(formatInstant(at, "UTC")).toBe("2024-12-20 01:30");
  });

  it("follows daylight saving time, and takes Dates too", () => {
    expect(formatInstant(new Date("2024-07-01T12:00:00Z"), "America/New_York")).toBe("2024-07-01 08:00");
    expect(formatInstant(new Date("2024-01-01T12:00:00Z"), "America/New_York")).toBe("2024-01-01 07:00");
  });

  it("writes midnight as 00, not 24", () => {
    expect(formatInstant("2024-12-19T16:00:00Z", "Asia/Shanghai")).toBe("2024-12-20 00:00");
  });

  it("gives back what is no instant as it was", () => {
    expect(formatInstant("昨天", "UTC")).toBe("昨天");
  });
});
