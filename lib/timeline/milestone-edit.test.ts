import { describe, expect, it } from "vitest";
import { MANUAL_MOVE_WEEK } from "./figures";
import { milestoneAfterEdit } from "./milestone-edit";

const m = {
  title: "上线",
  date: "2024-12-20",
  rangeStart: "2024-12-11",
  precision: "xun" as const,
  state: "planned" as const,
  timesMoved: 1,
  lastMoveWeek: "2024-W50",
  lastMoveDays: 5,
};

describe("milestoneAfterEdit", () => {
  it("records a changed date as a manual move by the days it shifted", () => {
    expect(milestoneAfterEdit(m, { date: "2024-12-27", rangeStart: "2024-12-18" })).toEqual({
      ...m,
      date: "2024-12-27",
      rangeStart: "2024-12-18",
      timesMoved: 2,
      lastMoveWeek: MANUAL_MOVE_WEEK,
      lastMoveDays: 7,
    });
    expect(milestoneAfterEdit(m, { date: "2024-12-13", rangeStart: "2024-12-04" })).toMatchObject({ timesMoved: 2, lastMoveDays: -7 });
  });
  it("makes a new date without a range one day", () => {
    expect(milestoneAfterEdit(m, { date: "2024-12-27" })).toMatchObject({ date: "2024-12-27", rangeStart: "2024-12-27", precision: "day" });
  });
  it("never lets the range start after its end", () => {
    expect(milestoneAfterEdit(m, { rangeStart: "2024-12-25" })).toMatchObject({
      date: "2024-12-20",
      rangeStart: "2024-12-20",
      timesMoved: 1,
    });
  });
  it("keeps the last move when the date stays", () => {
    expect(milestoneAfterEdit(m, { state: "done", title: "全量上线" })).toEqual({ ...m, state: "done", title: "全量上线" });
  });
  it("changes nothing, not even the precision, when nothing observed changes", () => {
    const ended = { ...m, rangeStart: m.date };
    expect(milestoneAfterEdit(ended, { date: m.date, state: m.state })).toBe(ended);
    // the same date without its range does change: the range becomes that one day
    expect(milestoneAfterEdit(m, { date: m.date })).toMatchObject({ rangeStart: m.date, precision: "day", timesMoved: 1 });
  });
  it("keeps the fields it does not know", () => {
    expect(milestoneAfterEdit({ ...m, id: 7, version: 3 }, { date: "2024-12-27" })).toMatchObject({ id: 7, version: 3 });
  });
});
