import { describe, expect, it } from "vitest";
import { normalizeFilter, parseTimelineUrl, timelineUrlQuery } from "./timeline-url";

describe("parseTimelineUrl", () => {
  it("reads group, states, text, view mode and the open initiative", () => {
    expect(parseTimelineUrl(new URLSearchParams("group=2&state=slipped,overdue&q=%E5%AD%98%E7%AE%A1&view=Quarter&initiative=7"))).toEqual({
      filter: { groupIds: [2], states: ["slipped", "overdue"], q: "存管" },
      viewMode: "Quarter",
      initiative: 7,
    });
  });

  it("reads Next's searchParams object, repeated keys included", () => {
    expect(parseTimelineUrl({ state: ["done", "slipped"], group: "3", q: undefined })).toMatchObject({
      filter: { groupIds: [3], states: ["slipped", "done"] },
    });
  });

  it("reads the departments as the portfolio's form sends them (repeated) and as the timeline writes them (one list)", () => {
    expect(parseTimelineUrl(new URLSearchParams("department=3&department=1&department=3")).filter).toEqual({ departmentIds: [1, 3] });
    expect(parseTimelineUrl(new URLSearchParams("department=3,1")).filter).toEqual({ departmentIds: [1, 3] });
    expect(timelineUrlQuery({ filter: { departmentIds: [3, 1] }, viewMode: "Week", initiative: null })).toBe("department=1%2C3");
  });

  it("gives the defaults for an empty URL", () => {
    expect(parseTimelineUrl(new URLSearchParams())).toEqual({ filter: {}, viewMode: "Week", initiative: null });
  });

  it("ignores unknown states, bad numbers, unknown views and blank text", () => {
    expect(parseTimelineUrl(new URLSearchParams("state=late,silent&group=x,-1,0,4&view=Year&initiative=abc&q=%20%20"))).toEqual({
      filter: { groupIds: [4], states: ["silent"] },
      viewMode: "Week",
      initiative: null,
    });
  });
});

describe("timelineUrlQuery", () => {
  it("writes only what differs from the defaults", () => {
    expect(timelineUrlQuery({ filter: {}, viewMode: "Week", initiative: null })).toBe("");
    expect(timelineUrlQuery({ filter: { states: [], q: " " }, viewMode: "Week", initiative: null })).toBe("");
  });

  it("round-trips through parseTimelineUrl", () => {
    const state = {
      filter: { groupIds: [5, 2], states: ["overdue" as const, "slipped" as const], q: "a&b=c 存管" },
      viewMode: "Month" as const,
      initiative: 12,
    };
    const back = parseTimelineUrl(new URLSearchParams(timelineUrlQuery(state)));
    expect(back).toEqual({ ...state, filter: normalizeFilter(state.filter) });
    expect(back.filter).toEqual({ groupIds: [2, 5], states: ["slipped", "overdue"], q: "a&b=c 存管" });
  });
});

describe("normalizeFilter", () => {
  it("drops empty parts and trims the text", () => {
    expect(normalizeFilter({ groupIds: [], states: [], q: "  x " })).toEqual({ q: "x" });
  });

  it("does not mutate its input", () => {
    const f = { groupIds: [3, 1], states: ["done" as const, "slipped" as const] };
    normalizeFilter(f);
    expect(f).toEqual({ groupIds: [3, 1], states: ["done", "slipped"] });
  });
});
