import { describe, expect, it } from "vitest";
import { dragLabelText } from "./drag-label-text";

describe("dragLabelText", () => {
  it("a diamond shows the one day it would be saved at", () => {
    expect(dragLabelText({ shape: "diamond" }, { kind: "dates", range: { start: "2024-12-01", end: "2024-12-09" } })).toBe("2024-12-09");
  });

  it("a bar shows its first and last day, a one-day bar its day", () => {
    expect(dragLabelText({ shape: "bar" }, { kind: "dates", range: { start: "2024-12-01", end: "2024-12-09" } })).toBe(
      "2024-12-01 ~ 2024-12-09",
    );
    expect(dragLabelText({}, { kind: "dates", range: { start: "2024-12-01", end: "2024-12-01" } })).toBe("2024-12-01");
  });

  it("a progress handle shows the whole percent its width makes of the bar, within 0–100", () => {
    expect(dragLabelText({}, { kind: "progress", done: 45, width: 120 })).toBe("38%");
    expect(dragLabelText({}, { kind: "progress", done: 130, width: 120 })).toBe("100%");
    expect(dragLabelText({}, { kind: "progress", done: -3, width: 120 })).toBe("0%");
    expect(dragLabelText({}, { kind: "progress", done: 10, width: 0 })).toBe("0%");
  });
});
