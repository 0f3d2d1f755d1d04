import { describe, expect, it } from "vitest";
import { fixtureTimeline } from "~/components/testing/timeline-fixture";
import { parsePaper, printLayout, printRows, printTicks, ROWS_PER_PAGE } from "./print-rows";

describe("printRows", () => {
  it("lists each initiative then its milestones, in the chart's order, placed on the span", () => {
    const timeline = fixtureTimeline();
    const rows = printRows(timeline);
    const expected = timeline.groups.flatMap((g) => g.initiatives.flatMap((i) => [`i-${i.id}`, ...i.milestones.map((m) => `m-${m.id}`)]));
    expect(rows.map((r) => r.key)).toEqual(expected);
    for (const r of rows) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.left + r.width).toBeLessThanOrEqual(100);
    }
    const first = rows.find((r) => r.kind === "milestone")!;
    expect(first.width).toBe(0);
  });

  it("prints nothing for an empty timeline but still one page for its header", () => {
    const empty = { ...fixtureTimeline(), groups: [] };
    expect(printRows(empty)).toEqual([]);
    expect(printTicks(empty)).toEqual([]);
    expect(printLayout(empty, "A4").pages).toEqual([[]]);
  });
});

describe("printLayout", () => {
  it("cuts the rows into pages of the paper's size", () => {
    const base = fixtureTimeline();
    // enough rows for several pages: the groups repeated
    const timeline = {
      ...base,
      groups: Array.from({ length: 12 }, (_, n) => base.groups.map((g) => ({ ...g, id: g.id + 100 * n }))).flat(),
    };
    const total = printRows(timeline).length;
    for (const paper of ["A4", "A3"] as const) {
      const layout = printLayout(timeline, paper);
      expect(layout.rowCount).toBe(total);
      expect(layout.pages).toHaveLength(Math.ceil(total / ROWS_PER_PAGE[paper]));
      expect(layout.pages.flat()).toHaveLength(total);
      expect(layout.pages.slice(0, -1).every((p) => p.length === ROWS_PER_PAGE[paper])).toBe(true);
    }
  });

  it("labels each month start in the span", () => {
    const ticks = printTicks(fixtureTimeline());
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t.label).toMatch(/^\d{4}-\d{2}$/);
    expect(ticks.map((t) => t.left)).toEqual([...ticks.map((t) => t.left)].sort((a, b) => a - b));
  });

  it("reads the paper from the URL, A4 unless A3", () => {
    expect(parsePaper("A3")).toBe("A3");
    expect(parsePaper("A4")).toBe("A4");
    expect(parsePaper("letter")).toBe("A4");
    expect(parsePaper(undefined)).toBe("A4");
  });
});
