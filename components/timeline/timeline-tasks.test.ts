import { describe, expect, it } from "vitest";
import { FIXTURE_DEPARTMENT, fixtureInitiative, fixtureMilestone, fixtureTimeline } from "../testing/timeline-fixture";
import { fullRowCount, timelineTasks } from "./timeline-tasks";

const classesOf = (tasks: ReturnType<typeof timelineTasks>["tasks"], id: string) =>
  (tasks.find((t) => t.id === id)?.custom_class ?? "").split(" ");

describe("timelineTasks", () => {
  const timeline = fixtureTimeline();
  const { tasks, markers, refs } = timelineTasks(timeline);

  it("orders rows: group header, then each initiative followed by its milestones by date", () => {
    expect(tasks.map((t) => t.id)).toEqual(["g-1", "i-1", "m-10", "m-11", "m-12", "i-2", "m-21", "g-2", "i-3", "m-31", "i-4", "m-41"]);
  });

  it("skips groups without initiatives", () => {
    expect(tasks.some((t) => t.id === "g-3")).toBe(false);
  });

  it("draws group headers as inert bands spanning everything in the group", () => {
    const header = tasks[0]!;
    expect(header).toMatchObject({
      name: "O1 业务服务（2 个项目）",
      start: "2024-11-04",
      end: "2025-01-15",
      custom_class: "group-header",
      interaction: "none",
    });
  });

  it("draws an initiative from its start to its end with its progress (0 when unknown)", () => {
    expect(tasks.find((t) => t.id === "i-1")).toMatchObject({ name: "长沙佣金存管", start: "2024-11-04", end: "2025-01-15", progress: 60 });
    expect(tasks.find((t) => t.id === "i-4")?.progress).toBe(0);
  });

  it("passes names as plain text (the chart escapes them)", () => {
    expect(tasks.find((t) => t.id === "i-2")?.name).toBe("<img src=x onerror=alert(1)>");
  });

  it("classes initiatives by state", () => {
    expect(classesOf(tasks, "i-1")).toEqual(expect.arrayContaining(["initiative", "is-slipped", "is-overdue"]));
    expect(classesOf(tasks, "i-2")).toEqual(expect.arrayContaining(["is-at-risk"]));
    expect(classesOf(tasks, "i-3")).toEqual(expect.arrayContaining(["is-done"]));
    expect(classesOf(tasks, "i-4")).toEqual(expect.arrayContaining(["is-paused", "is-silent", "is-slipped", "is-slip-major"]));
    expect(classesOf(tasks, "i-1")).not.toContain("is-slip-major");
  });

  it("draws each milestone as a one-day diamond at its current date", () => {
    expect(tasks.find((t) => t.id === "m-11")).toMatchObject({ name: "提测", start: "2024-12-17", end: "2024-12-17", shape: "diamond" });
    expect(tasks.find((t) => t.id === "m-12")).toMatchObject({ start: "2025-01-15", end: "2025-01-15" }); // the end of its range
    expect(tasks.find((t) => t.id === "m-11")?.interaction).toBeUndefined(); // diamonds default to "move"
  });

  it("classes milestones by state", () => {
    expect(classesOf(tasks, "m-11")).toEqual(expect.arrayContaining(["milestone", "is-slipped", "is-overdue"]));
    expect(classesOf(tasks, "m-12")).toEqual(expect.arrayContaining(["is-at-risk"]));
    expect(classesOf(tasks, "m-10")).toEqual(["milestone", "is-done"]);
    expect(classesOf(tasks, "m-41")).toEqual(expect.arrayContaining(["is-slip-major", "is-slipped-this-week"]));
  });

  it("puts a baseline ghost in the row of each moved milestone, linked to its current date", () => {
    expect(markers).toEqual([
      {
        id: "b-11",
        taskId: "m-11",
        date: "2024-12-10",
        linkTo: "2024-12-17",
        className: "baseline",
        title: "基线 2024-12-10（延期 7 天）",
      },
      {
        id: "b-41",
        taskId: "m-41",
        date: "2025-01-28",
        linkTo: "2025-02-28",
        className: "baseline",
        title: "基线 2025-01-28（延期 31 天）",
      },
    ]);
  });

  it("marks a milestone pulled in as ahead", () => {
    const t = fixtureTimeline();
    t.groups[0]!.initiatives[0]!.milestones = [
      fixtureMilestone({ id: 5, title: "提前", date: "2024-12-01", baselineDate: "2024-12-05", slipDays: -4 }),
    ];
    const got = timelineTasks(t);
    expect(got.markers[0]).toMatchObject({ className: "baseline is-ahead", title: "基线 2024-12-05（提前 4 天）" });
    expect(got.tasks.find((x) => x.id === "m-5")?.custom_class).toContain("is-ahead");
  });

  it("maps every task id back to what it draws", () => {
    expect(refs.get("i-2")).toMatchObject({ kind: "initiative", initiative: { id: 2 } });
    expect(refs.get("m-11")).toMatchObject({ kind: "milestone", milestone: { id: 11, version: 3 }, initiative: { id: 1 } });
    expect(refs.get("g-2")).toMatchObject({ kind: "group", group: { id: 2 } });
    expect(refs.size).toBe(tasks.length);
  });

  it("does not mutate the timeline", () => {
    const t = fixtureTimeline();
    const before = JSON.stringify(t);
    timelineTasks(t);
    expect(JSON.stringify(t)).toBe(before);
  });

  it("gives nothing for an empty timeline", () => {
    expect(timelineTasks({ today: "2024-12-20", latestWeek: null, groups: [] })).toEqual({ tasks: [], markers: [], refs: new Map() });
  });

  it("draws an initiative without milestones as its bar alone", () => {
    const t = {
      today: "2024-12-20",
      latestWeek: null,
      groups: [
        {
          id: 9,
          name: "G",
          ...FIXTURE_DEPARTMENT,
          initiatives: [fixtureInitiative({ id: 9, name: "单独", groupId: 9, group: "G", startDate: "2024-12-01", endDate: "2024-12-01" })],
        },
      ],
    };
    expect(timelineTasks(t).tasks.map((x) => [x.id, x.start, x.end])).toEqual([
      ["g-9", "2024-12-01", "2024-12-01"],
      ["i-9", "2024-12-01", "2024-12-01"],
    ]);
  });
});

describe("collapsed initiatives", () => {
  const timeline = fixtureTimeline();
  const { tasks, markers, refs } = timelineTasks(timeline, { collapsed: (i) => i.id === 1 });

  it("draw no milestone rows, but each milestone as a diamond on the bar, over it", () => {
    expect(tasks.map((t) => t.id)).toEqual(["g-1", "i-1", "i-2", "m-21", "g-2", "i-3", "m-31", "i-4", "m-41"]);
    expect(markers.filter((x) => x.taskId === "i-1")).toEqual([
      {
        id: "d-11",
        taskId: "i-1",
        date: "2024-12-17",
        className: "on-bar milestone is-slipped is-overdue",
        title: "提测 2024-12-17（延期 7 天）",
        above: true,
      },
      { id: "d-12", taskId: "i-1", date: "2025-01-15", className: "on-bar milestone is-at-risk", title: "上线 2025-01-15", above: true },
      { id: "d-10", taskId: "i-1", date: "2024-11-20", className: "on-bar milestone is-done", title: "需求评审 2024-11-20", above: true },
    ]);
    expect(refs.has("m-11")).toBe(false);
  });

  it("keep the other initiatives' rows and baselines", () => {
    expect(markers.some((x) => x.id === "b-41")).toBe(true);
    expect(markers.some((x) => x.id === "b-11")).toBe(false);
  });

  it("count the rows of the full chart", () => {
    expect(fullRowCount(timeline)).toBe(12);
    expect(
      fullRowCount({ today: "2024-12-20", latestWeek: null, groups: [{ id: 1, name: "空", ...FIXTURE_DEPARTMENT, initiatives: [] }] }),
    ).toBe(0);
  });
});

describe("folded groups", () => {
  const { tasks, markers, refs } = timelineTasks(fixtureTimeline(), { foldedGroups: new Set([1]) });

  it("keep the group's header row and drop its initiatives, milestones and their markers", () => {
    expect(tasks.map((t) => t.id)).toEqual(["g-1", "g-2", "i-3", "m-31", "i-4", "m-41"]);
    expect(refs.get("g-1")?.kind).toBe("group");
    expect(markers.some((x) => x.id === "b-11")).toBe(false);
    expect(markers.some((x) => x.id === "b-41")).toBe(true);
  });

  it("still span the whole group, so its band shows where its work lies", () => {
    expect(tasks[0]).toMatchObject({ start: "2024-11-04", end: "2025-01-15" });
  });
});
