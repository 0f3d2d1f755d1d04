import { describe, expect, it } from "vitest";
import { normalizeFilter, parseTimelineUrl, timelineUrlQuery } from "./timeline-url";

describe("parseTimelineUrl", () => {
  it("reads group, states, text, view mode and the open initiative", () => {
    expect(parseTimelineUrl(new URLSearchParams("group=2&state=slipped,overdue&q=%E5%AD%98%E7%AE%A1&view=Quarter&initiative=7"))).toEqual({
      filter: { groupIds: [2], states: ["slipped", "overdue"], q: "存管" },
      viewMode: "Quarter",
      initiative: 7,
      columns: ["progress", "end", "slip"],
      folded: [],
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
    expect(parseTimelineUrl(new URLSearchParams())).toEqual({
      filter: {},
      viewMode: "Week",
      initiative: null,
      columns: ["progress", "end", "slip"],
      folded: [],
    });
  });

  it("ignores unknown states, bad numbers, unknown views and blank text", () => {
    expect(parseTimelineUrl(new URLSearchParams("state=late,silent&group=x,-1,0,4&view=Year&initiative=abc&q=%20%20"))).toEqual({
      filter: { groupIds: [4], states: ["silent"] },
      viewMode: "Week",
      initiative: null,
      columns: ["progress", "end", "slip"],
      folded: [],
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
      columns: ["baseline" as const, "state" as const],
      folded: [3, 1],
    };
    const back = parseTimelineUrl(new URLSearchParams(timelineUrlQuery(state)));
    expect(back).toEqual({ ...state, filter: normalizeFilter(state.filter), folded: [1, 3] });
    expect(back.filter).toEqual({ groupIds: [2, 5], states: ["slipped", "overdue"], q: "a&b=c 存管" });
  });
});

describe("the task grid in the URL", () => {
  it("keeps the chosen columns and the folded groups, and leaves the defaults out", () => {
    const base = { filter: {}, viewMode: "Week" as const, initiative: null };
    expect(timelineUrlQuery({ ...base, columns: ["progress", "end", "slip"], folded: [] })).toBe("");
    expect(timelineUrlQuery({ ...base, columns: [], folded: [4, 2, 4] })).toBe("cols=none&fold=2%2C4");
    expect(parseTimelineUrl(new URLSearchParams("cols=none&fold=2,4,x,-1"))).toMatchObject({ columns: [], folded: [2, 4] });
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
