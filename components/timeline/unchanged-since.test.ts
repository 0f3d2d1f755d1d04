import { describe, expect, it } from "vitest";
import { fixtureTimeline } from "../testing/timeline-fixture";
import type { EditRequest } from "./edit-request";
import { versionIfUnchanged } from "./unchanged-since";

const base = { version: 0, summary: "" };

describe("versionIfUnchanged", () => {
  it("gives the milestone's current version when the fields still hold what the session wrote", () => {
    const req: EditRequest = {
      ...base,
      entity: "milestone",
      id: 12,
      changes: { date: "2025-01-01", rangeStart: "2025-01-01" },
      previous: { date: "2025-01-15", rangeStart: "2025-01-11" },
    };
    expect(versionIfUnchanged(fixtureTimeline(), req)).toBe(2);
  });

  it("is null when someone else changed a field the step would overwrite", () => {
    const req: EditRequest = { ...base, entity: "milestone", id: 12, changes: { date: "2025-01-01" }, previous: { date: "2025-01-20" } };
    expect(versionIfUnchanged(fixtureTimeline(), req)).toBeNull();
  });

  it("reads a milestone's initiative and an initiative's group by their timeline names", () => {
    const moved: EditRequest = { ...base, entity: "milestone", id: 21, changes: { initiativeId: 1 }, previous: { initiativeId: 2 } };
    expect(versionIfUnchanged(fixtureTimeline(), moved)).toBe(1);
    expect(versionIfUnchanged(fixtureTimeline(), { ...moved, previous: { initiativeId: 1 } })).toBeNull();
    const regrouped: EditRequest = {
      ...base,
      entity: "initiative",
      id: 1,
      changes: { groupName: "别的组" },
      previous: { groupName: "O1 业务服务", progress: 60 },
    };
    expect(versionIfUnchanged(fixtureTimeline(), regrouped)).toBe(4);
    expect(versionIfUnchanged(fixtureTimeline(), { ...regrouped, previous: { progress: 61 } })).toBeNull();
  });

  it("reads an owner written as empty (or padded) as the server keeps it", () => {
    const t = fixtureTimeline();
    const cleared: EditRequest = { ...base, entity: "initiative", id: 1, changes: { owner: "张三" }, previous: { owner: "" } };
    expect(versionIfUnchanged(t, cleared)).toBe(4);
    t.groups[0]!.initiatives[0]!.owner = "张三";
    expect(versionIfUnchanged(t, cleared)).toBeNull();
    expect(versionIfUnchanged(t, { ...cleared, previous: { owner: " 张三 " } })).toBe(4);
  });

  it("is null for an item that is no longer on the timeline", () => {
    const gone: EditRequest = { ...base, entity: "initiative", id: 999, changes: { progress: 1 }, previous: { progress: 2 } };
    expect(versionIfUnchanged(fixtureTimeline(), gone)).toBeNull();
  });
});
