import { describe, expect, it } from "vitest";
import { deriveMilestone, type MilestoneObservationFacts } from "./derive-milestone";

let nextId = 1;
function obs(basisDate: string, date: string, extra: Partial<MilestoneObservationFacts> = {}): MilestoneObservationFacts {
  return {
    id: nextId++,
    basisDate,
    reportId: 1,
    title: "支付上线",
    date,
    rangeStart: date,
    precision: "day",
    state: "planned",
    statedBaseline: null,
    ...extra,
  };
}

describe("deriveMilestone", () => {
  it("keeps the first date as baseline and the latest as current, counting moves", () => {
    const d = deriveMilestone([
      obs("2024-11-09", "2024-11-25"),
      obs("2024-11-16", "2024-11-28"),
      obs("2024-11-23", "2024-11-28"),
      obs("2024-11-30", "2024-12-03"),
      obs("2024-12-07", "2024-12-03", { state: "done" }),
    ]);
    expect(d).toMatchObject({
      baselineDate: "2024-11-25",
      date: "2024-12-03",
      state: "done",
      timesMoved: 2,
      lastMoveWeek: "2024-W48",
      lastMoveDays: 5,
    });
  });

  it("gives the same result whatever order the observations arrive in", () => {
    const list = [obs("2024-11-30", "2024-12-03"), obs("2024-11-09", "2024-11-25"), obs("2024-11-16", "2024-11-28")];
    expect(deriveMilestone(list)).toEqual(deriveMilestone([...list].reverse()));
    expect(deriveMilestone(list)?.baselineDate).toBe("2024-11-25");
  });

  it("takes an earlier date the first report states as the baseline", () => {
    const d = deriveMilestone([
      obs("2024-12-06", "2024-12-31", { rangeStart: "2024-12-21", precision: "xun", statedBaseline: "2024-12-10" }),
    ]);
    expect(d).toMatchObject({
      baselineDate: "2024-12-10",
      baselineStart: "2024-12-10",
      date: "2024-12-31",
      timesMoved: 1,
      lastMoveDays: 21,
    });
  });

  it("lets a manual edit made on top of a report win over that report", () => {
    const manual = { ...obs("2024-11-16", "2024-12-01"), reportId: null };
    const d = deriveMilestone([manual, obs("2024-11-16", "2024-11-28"), obs("2024-11-09", "2024-11-25")]);
    expect(d).toMatchObject({ date: "2024-12-01", lastMoveWeek: "manual", baselineDate: "2024-11-25" });
  });

  it("returns null without observations", () => {
    expect(deriveMilestone([])).toBeNull();
  });
});
