import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarMilestone, milestoneCalendar, milestoneUid } from "./milestone-calendar";

const milestone: CalendarMilestone = {
  id: 7,
  initiative: "贝易转-装修存管",
  group: "O1 业务服务",
  title: "上线",
  date: "2024-12-26",
  baselineDate: "2024-12-05",
  slipDays: 21,
  stateLabel: "计划中",
  timesMoved: 2,
  updatedAt: new Date("2024-12-20T08:00:00Z"),
  source: { week: "2024-W50", text: "贝易转-装修存管：双主体需求，上线推迟到12/26; <b>注意</b>" },
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("milestoneCalendar", () => {
  it("writes one all-day event per milestone that a calendar parser reads back", () => {
    const {
      calendar,
      events: [event],
    } = events(milestoneCalendar("研发部 · 里程碑", [milestone]));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("研发部 · 里程碑");
    expect(event!.uid).toBe(milestoneUid(7));
    expect(event!.summary).toBe("贝易转-装修存管 · 上线");
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe("2024-12-26");
    expect(event!.endDate.toString()).toBe("2024-12-27");
    expect(event!.sequence).toBe(2);
    // the description keeps the report's text as text, commas and semicolons included
    expect(event!.description).toBe(
      [
        "分组：O1 业务服务",
        "状态：计划中",
        "基线：2024-12-05（延期 21 天）",
        "来源：2024-W50 周报：贝易转-装修存管：双主体需求，上线推迟到12/26; <b>注意</b>",
      ].join("\n"),
    );
  });

  it("keeps a milestone's UID when its date moves, and counts the move in SEQUENCE", () => {
    const before = events(milestoneCalendar("c", [milestone])).events[0]!;
    const after = events(milestoneCalendar("c", [{ ...milestone, date: "2025-01-08", timesMoved: 3 }])).events[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.startDate.toString()).toBe("2025-01-08");
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it("writes an empty calendar for no milestones, and no source line for a milestone only edited by hand", () => {
    expect(events(milestoneCalendar("c", [])).events).toEqual([]);
    const [event] = events(milestoneCalendar("c", [{ ...milestone, source: null, slipDays: -3 }])).events;
    expect(event!.description).toBe(["分组：O1 业务服务", "状态：计划中", "基线：2024-12-05（提前 3 天）"].join("\n"));
  });
});
