import { describe, expect, it } from "vitest";
import type { DateHistoryPoint } from "~/server/tracking/types";
import { dateTrail } from "./date-trail";

const point = (over: Partial<DateHistoryPoint> & Pick<DateHistoryPoint, "date">): DateHistoryPoint => ({
  week: null,
  actor: "report",
  state: "planned",
  reason: null,
  source: null,
  at: "2024-11-25",
  ...over,
});

const text = (steps: ReturnType<typeof dateTrail>) => steps.map((s) => `${s.label} ${s.day}`).join(" → ");

describe("dateTrail", () => {
  it("labels report points with the short week and the day", () => {
    expect(
      text(
        dateTrail([
          point({ week: "2024-W45", date: "2024-11-25" }),
          point({ week: "2024-W46", date: "2024-11-28" }),
          point({ week: "2024-W48", date: "2024-12-03" }),
        ]),
      ),
    ).toBe("W45 11/25 → W46 11/28 → W48 12/03");
  });

  it("collapses consecutive equal dates into the first, but not equal dates apart", () => {
    const steps = dateTrail([
      point({ week: "2024-W45", date: "2024-11-25" }),
      point({ week: "2024-W46", date: "2024-11-25" }),
      point({ week: "2024-W47", date: "2024-11-28" }),
      point({ week: "2024-W48", date: "2024-11-25" }),
    ]);
    expect(text(steps)).toBe("W45 11/25 → W47 11/28 → W48 11/25");
  });

  it("marks manual edits with the user's name and keeps the reason", () => {
    const steps = dateTrail([
      point({ week: "2024-W49", date: "2024-12-03" }),
      point({ actor: "张三", date: "2024-12-10", reason: "联调延期", at: "2024-12-11T02:00:00.000Z" }),
    ]);
    expect(steps[1]).toMatchObject({ label: "张三", day: "12/10", manualBy: "张三", reason: "联调延期" });
    expect(steps[0]!.manualBy).toBeNull();
  });

  it("shows the year when a date is in another year than the first", () => {
    expect(text(dateTrail([point({ week: "2024-W50", date: "2024-12-26" }), point({ week: "2024-W52", date: "2025-01-10" })]))).toBe(
      "W50 12/26 → W52 2025/01/10",
    );
  });

  it("gives nothing for no history, and keeps an unreadable date as written", () => {
    expect(dateTrail([])).toEqual([]);
    expect(dateTrail([point({ week: "2024-W45", date: "2024-13-40" })])[0]!.day).toBe("2024-13-40");
  });
});
