import { describe, expect, it } from "vitest";
import { clampDay, drawnSpan, MAX_SPAN_DAYS } from "./drawn-span";
import type { GanttTask } from "./types";

const task = (id: string, start: string, end: string): GanttTask => ({ id, name: id, start, end, progress: 0 });

describe("drawnSpan", () => {
  it("leaves a plan of a few years alone", () => {
    expect(drawnSpan([task("a", "2024-01-01", "2024-12-31"), task("b", "2025-06-01", "2028-06-01")], "2024-12-20")).toBeNull();
    expect(drawnSpan([])).toBeNull();
  });

  it("caps a span stretched by a year typo to MAX_SPAN_DAYS around today", () => {
    const span = drawnSpan([task("a", "2024-11-01", "2024-12-31"), task("typo", "2024-11-01", "9999-12-31")], "2024-12-20")!;
    expect(span.from < "2024-11-01" && span.to > "2024-12-31").toBe(true);
    const days = (Date.parse(span.to) - Date.parse(span.from)) / 86_400_000;
    expect(days).toBeLessThanOrEqual(MAX_SPAN_DAYS);
    expect(clampDay("9999-12-31", span)).toBe(span.to);
    expect(clampDay("1900-01-01", span)).toBe(span.from);
    expect(clampDay("2024-12-01", span)).toBe("2024-12-01");
  });

  it("centres on the middle task when there is no today", () => {
    const span = drawnSpan([
      task("a", "2000-01-01", "2000-01-02"),
      task("b", "2024-06-01", "2024-07-01"),
      task("c", "2100-01-01", "2100-12-31"),
    ])!;
    expect(span.from < "2024-06-01" && span.to > "2024-06-01").toBe(true);
  });
});
