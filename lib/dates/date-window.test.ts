import { describe, expect, it } from "vitest";
import { isInDateWindow } from "./date-window";

describe("isInDateWindow", () => {
  it("accepts 2000-01-01 … 2100-12-31 and nothing outside", () => {
    expect(isInDateWindow("2000-01-01")).toBe(true);
    expect(isInDateWindow("2024-11-28")).toBe(true);
    expect(isInDateWindow("2100-12-31")).toBe(true);
    expect(isInDateWindow("1999-12-31")).toBe(false);
    expect(isInDateWindow("2101-01-01")).toBe(false);
    expect(isInDateWindow("9999-12-31")).toBe(false);
    expect(isInDateWindow("1900-01-01")).toBe(false);
  });

  it("accepts a configured window, its ends included", () => {
    const window = { earliest: "2024-03-15", latest: "2025-06-30" };
    expect(isInDateWindow("2024-03-15", window)).toBe(true);
    expect(isInDateWindow("2025-06-30", window)).toBe(true);
    expect(isInDateWindow("2024-03-14", window)).toBe(false);
    expect(isInDateWindow("2025-07-01", window)).toBe(false);
  });
});
