import { describe, expect, it } from "vitest";
import { isIsoWeek, isoWeekOf } from "./iso-week";

describe("isoWeekOf", () => {
  it("labels a date with its ISO week", () => {
    expect(isoWeekOf("2024-11-23")).toBe("2024-W47");
    expect(isoWeekOf("2024-11-18")).toBe("2024-W47");
    expect(isoWeekOf("2024-11-17")).toBe("2024-W46");
  });

  it("uses the ISO week-numbering year at year boundaries", () => {
    expect(isoWeekOf("2024-12-30")).toBe("2025-W01");
    expect(isoWeekOf("2021-01-03")).toBe("2020-W53");
  });

  it("gives the same label on a repeated call", () => {
    expect(isoWeekOf("2025-01-01")).toBe("2025-W01");
    expect(isoWeekOf("2025-01-01")).toBe("2025-W01");
  });
});

describe("isIsoWeek", () => {
  it("accepts weeks that exist and refuses the rest", () => {
    expect(isIsoWeek("2024-W47")).toBe(true);
    expect(isIsoWeek("2020-W53")).toBe(true); // 2020 has 53 ISO weeks
    expect(isIsoWeek("2024-W53")).toBe(false);
    expect(isIsoWeek("2024-W99")).toBe(false);
    expect(isIsoWeek("2024-W00")).toBe(false);
    expect(isIsoWeek("9999-W01")).toBe(false);
    expect(isIsoWeek("2024-W7")).toBe(false);
    expect(isIsoWeek("x2024-W47")).toBe(false);
  });
});
