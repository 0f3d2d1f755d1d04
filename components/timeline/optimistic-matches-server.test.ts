// The optimistic update draws what the server will answer: each edit is saved
// through the tracker on a real database holding the sample reports, and the
// timeline read back equals the first timeline with withMilestoneEdit /
// withInitiativeEdit applied. The edits run one after another, each on the
// timeline the previous one left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Timeline, TimelineInitiative, TimelineMilestone } from "~/lib/timeline/types";
import { createTempDatabase, type TempDatabase } from "~/server/testing/temp-database";
import { sampleReports } from "~/server/testing/sample-reports";
import { commitImport } from "~/server/tracking/import/commit-import";
import { editInitiative } from "~/server/tracking/edit/edit-initiative";
import { editMilestone } from "~/server/tracking/edit/edit-milestone";
import { getTimeline } from "~/server/tracking/read/get-timeline";
import { movedMilestone } from "./milestone-move";
import { type InitiativePatch, type MilestonePatch, withInitiativeEdit, withMilestoneEdit } from "./optimistic-timeline";
import { testDepartmentId } from "../../server/testing/test-department";

// after W50's report (2024-12-14): some milestones are overdue, W50 is every department's latest week
const TODAY = "2024-12-20";

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
  for (const [, text] of sampleReports())
    await commitImport(temp.db, text, { departmentId: await testDepartmentId(temp.db), actor: "test" });
});
afterAll(async () => temp?.dispose());

const read = () => getTimeline(temp.db, { today: TODAY });
const initiatives = (t: Timeline) => t.groups.flatMap((g) => g.initiatives);
const milestones = (t: Timeline) => initiatives(t).flatMap((i) => i.milestones.map((m) => ({ initiative: i, milestone: m })));
const initiativeOf = (t: Timeline, id: number) => initiatives(t).find((i) => i.id === id)!;

/**
 * Left out of the comparison: `version`, of milestones and initiatives. The
 * server bumps it on the claim of the edit and again whenever a re-derive
 * changes a row (the moved milestone's new and old initiative), and the
 * client takes the edited entity's new version from the mutation's answer
 * (use-timeline-edits.ts), not from this update.
 */
function withoutServerOnly(t: Timeline) {
  const milestone = ({ version: _v, ...m }: TimelineMilestone) => m;
  const initiative = ({ version: _v, milestones, ...i }: TimelineInitiative) => ({ ...i, milestones: milestones.map(milestone) });
  return { ...t, groups: t.groups.map((g) => ({ ...g, initiatives: g.initiatives.map(initiative) })) };
}

async function afterMilestoneEdit(m: TimelineMilestone, patch: Omit<MilestonePatch, "version">) {
  const before = await read();
  await editMilestone(temp.db, { id: m.id, expectedVersion: m.version, ...patch, actor: "pm", today: TODAY });
  return { before, optimistic: withMilestoneEdit(before, m.id, patch), server: await read() };
}

async function afterInitiativeEdit(i: TimelineInitiative, patch: Omit<InitiativePatch, "version" | "owner"> & { owner?: string }) {
  const before = await read();
  await editInitiative(temp.db, { id: i.id, expectedVersion: i.version, ...patch, actor: "pm", today: TODAY });
  return { before, optimistic: withInitiativeEdit(before, i.id, patch), server: await read() };
}

describe("the optimistic timeline equals the server's after the same edit", () => {
  it("a milestone dragged later: its slip, this week's slip, the order and the initiative's figures", async () => {
    // a milestone W50 moved later, that is not its initiative's last
    const { initiative, milestone } = milestones(await read()).find(
      ({ initiative, milestone }) => milestone.slippedThisWeek && initiative.milestones.at(-1) !== milestone,
    )!;
    const last = initiative.milestones.at(-1)!;
    const to = movedMilestone(milestone, nextDay(last.date, 7));
    const { before, optimistic, server } = await afterMilestoneEdit(milestone, to);

    const saved = initiativeOf(server, initiative.id);
    expect(saved.milestones.at(-1)).toMatchObject({ id: milestone.id, slippedThisWeek: false, timesMoved: milestone.timesMoved + 1 });
    expect(saved.milestones.map((m) => m.id)).not.toEqual(initiativeOf(before, initiative.id).milestones.map((m) => m.id));
    expect(withoutServerOnly(optimistic)).toEqual(withoutServerOnly(server));
  });

  it("an overdue milestone marked done", async () => {
    const { initiative, milestone } = milestones(await read()).find(({ milestone }) => milestone.overdue)!;
    const { optimistic, server } = await afterMilestoneEdit(milestone, { state: "done" });

    expect(initiativeOf(server, initiative.id).overdueCount).toBe(initiative.overdueCount - 1);
    expect(withoutServerOnly(optimistic)).toEqual(withoutServerOnly(server));
  });

  it("a slipped milestone moved to another group's initiative, among its milestones", async () => {
    const t = await read();
    const { initiative, milestone } = milestones(t).find(
      ({ initiative, milestone }) => milestone.slipDays > 0 && initiative.milestones.length > 1,
    )!;
    const target = initiatives(t).find((i) => i.group !== initiative.group && i.milestones.some((m) => m.date > milestone.date))!;
    const { optimistic, server } = await afterMilestoneEdit(milestone, { initiativeId: target.id });

    const moved = initiativeOf(server, target.id).milestones;
    expect(moved.map((m) => m.id)).toContain(milestone.id);
    expect(moved.at(-1)!.id).not.toBe(milestone.id);
    expect(withoutServerOnly(optimistic)).toEqual(withoutServerOnly(server));
  });

  it("a milestone retitled and given a day without its range", async () => {
    const { milestone } = milestones(await read()).find(({ milestone }) => milestone.precision !== "day" && milestone.state !== "done")!;
    const { optimistic, server } = await afterMilestoneEdit(milestone, {
      title: `${milestone.title}（拆分）`,
      date: nextDay(milestone.date, -3),
    });

    expect(withoutServerOnly(optimistic)).toEqual(withoutServerOnly(server));
  });

  it("an initiative's progress and start", async () => {
    const initiative = initiatives(await read()).find((i) => i.progress !== null && i.milestones.length > 0)!;
    const { optimistic, server } = await afterInitiativeEdit(initiative, { progress: 95, startDate: "2024-10-01" });

    expect(initiativeOf(server, initiative.id)).toMatchObject({ progress: 95, startDate: "2024-10-01" });
    expect(withoutServerOnly(optimistic)).toEqual(withoutServerOnly(server));
  });

  it("an initiative's owner set by hand, then cleared", async () => {
    const initiative = initiatives(await read())[0]!;
    const set = await afterInitiativeEdit(initiative, { owner: "王五" });
    expect(initiativeOf(set.server, initiative.id).owner).toBe("王五");
    expect(withoutServerOnly(set.optimistic)).toEqual(withoutServerOnly(set.server));
    const cleared = await afterInitiativeEdit(initiativeOf(set.server, initiative.id), { owner: "" });
    expect(initiativeOf(cleared.server, initiative.id).owner).toBeNull();
  });

  it("a silent initiative marked done, then reopened", async () => {
    const initiative = initiatives(await read()).find((i) => i.silent)!;
    const done = await afterInitiativeEdit(initiative, { status: "done" });
    expect(initiativeOf(done.server, initiative.id)).toMatchObject({ status: "done", silent: false });
    expect(withoutServerOnly(done.optimistic)).toEqual(withoutServerOnly(done.server));

    const reopened = await afterInitiativeEdit(initiativeOf(done.server, initiative.id), { status: "active" });
    expect(initiativeOf(reopened.server, initiative.id).silent).toBe(true);
    expect(withoutServerOnly(reopened.optimistic)).toEqual(withoutServerOnly(reopened.server));
  });
});

function nextDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
