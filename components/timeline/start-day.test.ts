import { describe, expect, it } from "vitest";
import { fixtureTimeline } from "../testing/timeline-fixture";
import { middleDay, middleOfIsoWeek, startDay, timelineSpan } from "./start-day";

describe("startDay", () => {
  it("opens on today when the data reaches it", () => {
    expect(startDay(fixtureTimeline())).toBe("2024-12-20");
  });

  it("opens on the latest report's week when today is past the data (an old portfolio)", () => {
    expect(startDay({ ...fixtureTimeline(), today: "2026-06-01", latestWeek: "2024-W51" })).toBe("2024-12-19");
  });

  it("opens on the latest report's week when today is before the data", () => {
    expect(startDay({ ...fixtureTimeline(), today: "2023-01-02", latestWeek: "2024-W45" })).toBe("2024-11-07");
  });

  it("falls back to today without a report week or without data", () => {
    expect(startDay({ ...fixtureTimeline(), today: "2026-06-01", latestWeek: null })).toBe("2026-06-01");
    expect(startDay({ today: "2026-06-01", latestWeek: "2024-W51", groups: [] })).toBe("2026-06-01");
  });
});

describe("middleOfIsoWeek", () => {
  it("is the Thursday of the week, across a year boundary too", () => {
    expect(middleOfIsoWeek("2024-W47")).toBe("2024-11-21");
    expect(middleOfIsoWeek("2025-W01")).toBe("2025-01-02");
    expect(middleOfIsoWeek("2020-W53")).toBe("2020-12-31");
  });

  it("is null for what is not a week", () => {
    expect(middleOfIsoWeek("2024-47")).toBeNull();
  });
});

describe("timelineSpan", () => {
  it("covers bars, milestones and baselines", () => {
    expect(timelineSpan(fixtureTimeline())).toEqual({ start: "2024-11-01", end: "2025-02-28" });
  });
});

describe("middleDay", () => {
  it("is halfway through the span", () => {
    expect(middleDay({ start: "2024-11-01", end: "2025-02-28" })).toBe("2024-12-30");
    expect(middleDay({ start: "2024-12-01", end: "2024-12-02" })).toBe("2024-12-01");
    expect(middleDay({ start: "2024-12-01", end: "2024-12-01" })).toBe("2024-12-01");
  });
});
