import { describe, expect, it } from "vitest";
import { dayNumber, daysBetween } from "./day-number";

describe("daysBetween", () => {
  it("counts calendar days across months, years and leap days", () => {
    expect(daysBetween("2024-12-05", "2024-12-26")).toBe(21);
    expect(daysBetween("2024-12-31", "2025-01-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-12-26", "2024-12-05")).toBe(-21);
  });
  it("is stable across DST changes in the local zone", () => {
    expect(daysBetween("2024-03-09", "2024-03-11")).toBe(2);
    expect(daysBetween("2024-10-26", "2024-10-28")).toBe(2);
  });
  it("gives the same number for the same date", () => {
    expect(dayNumber("2000-01-01")).toBe(0);
    expect(dayNumber("2024-11-23")).toBe(dayNumber("2024-11-23"));
  });
});
