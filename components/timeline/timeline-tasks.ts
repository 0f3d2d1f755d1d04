// Timeline → rows of the generic Gantt chart. Pure. Per group a header row,
// then per initiative its bar and one row per milestone (a diamond); a slipped
// milestone also gets a ghost marker at its baseline date.
import type { GanttMarker, GanttTask } from "~/components/gantt/types";
import type { Timeline, TimelineGroup, TimelineInitiative, TimelineMilestone } from "~/server/tracking/types";
import { messages } from "~/lib/messages";

const m = messages.chart;

/** A slip this long (days) is drawn red rather than amber. */
export const MAJOR_SLIP_DAYS = 14;

export type TaskRef =
  | { kind: "group"; group: TimelineGroup }
  | { kind: "initiative"; initiative: TimelineInitiative }
  | { kind: "milestone"; milestone: TimelineMilestone; initiative: TimelineInitiative };

export interface TimelineTasks {
  tasks: GanttTask[];
  markers: GanttMarker[];
  /** task id → what it draws */
  refs: Map<string, TaskRef>;
}

export const taskId = {
  group: (id: number) => `g-${id}`,
  initiative: (id: number) => `i-${id}`,
  milestone: (id: number) => `m-${id}`,
  baseline: (id: number) => `b-${id}`,
  /** a milestone drawn on its initiative's bar (the initiative's rows are collapsed) */
  onBar: (id: number) => `d-${id}`,
};

/** More rows than this and milestones start collapsed onto their bars (frappe-gantt draws ~1,000 rows a second). */
export const COLLAPSE_ROWS = 400;

export interface TimelineTasksOptions {
  /** initiatives whose milestones get no rows of their own but small diamonds on the bar; default none */
  collapsed?: (initiative: TimelineInitiative) => boolean;
  /** groups drawn as their header row alone; default none */
  foldedGroups?: ReadonlySet<number>;
}

/** Rows of the timeline with every milestone on its own row. */
export function fullRowCount(timeline: Timeline): number {
  let n = 0;
  for (const g of timeline.groups) {
    if (g.initiatives.length > 0) n++;
    for (const i of g.initiatives) n += 1 + i.milestones.length;
  }
  return n;
}

const classes = (...names: (string | false)[]) => names.filter(Boolean).join(" ");

function initiativeClasses(i: TimelineInitiative): string {
  return classes(
    "initiative",
    i.slippedCount > 0 && "is-slipped",
    i.slipDays >= MAJOR_SLIP_DAYS && "is-slip-major",
    i.atRiskCount > 0 && "is-at-risk",
    i.overdueCount > 0 && "is-overdue",
    i.status === "done" && "is-done",
    i.status === "paused" && "is-paused",
    i.silent && "is-silent",
  );
}

function milestoneClasses(ms: TimelineMilestone): string {
  return classes(
    "milestone",
    ms.slipDays > 0 && "is-slipped",
    ms.slipDays >= MAJOR_SLIP_DAYS && "is-slip-major",
    ms.slipDays < 0 && "is-ahead",
    ms.slippedThisWeek && "is-slipped-this-week",
    ms.state === "at_risk" && "is-at-risk",
    ms.overdue && "is-overdue",
    ms.state === "done" && "is-done",
  );
}

const byDate = (a: TimelineMilestone, b: TimelineMilestone) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id);

/** The days a group's header spans: all its bars, milestones and baselines. */
function groupSpan(group: TimelineGroup): { start: string; end: string } {
  const days: string[] = [];
  for (const i of group.initiatives) {
    days.push(i.startDate, i.endDate);
    for (const ms of i.milestones) days.push(ms.date, ms.baselineDate);
  }
  days.sort();
  return { start: days[0] as string, end: days[days.length - 1] as string };
}

export function timelineTasks(timeline: Timeline, options: TimelineTasksOptions = {}): TimelineTasks {
  const collapsed = options.collapsed ?? (() => false);
  const tasks: GanttTask[] = [];
  const markers: GanttMarker[] = [];
  const refs = new Map<string, TaskRef>();

  // groups of several departments may share a name: then each header says whose it is
  const severalDepartments = new Set(timeline.groups.map((g) => g.departmentId)).size > 1;
  for (const group of timeline.groups) {
    if (group.initiatives.length === 0) continue;
    const gid = taskId.group(group.id);
    tasks.push({
      id: gid,
      name: m.groupLabel(group.name, group.initiatives.length, severalDepartments ? group.department : undefined),
      ...groupSpan(group),
      progress: 0,
      custom_class: "group-header",
      interaction: "none",
    });
    refs.set(gid, { kind: "group", group });
    if (options.foldedGroups?.has(group.id)) continue;

    for (const initiative of group.initiatives) {
      const iid = taskId.initiative(initiative.id);
      tasks.push({
        id: iid,
        name: initiative.name,
        start: initiative.startDate,
        end: initiative.endDate,
        progress: initiative.progress ?? 0,
        custom_class: initiativeClasses(initiative),
      });
      refs.set(iid, { kind: "initiative", initiative });

      if (collapsed(initiative)) {
        for (const ms of initiative.milestones) {
          const title = `${ms.title} ${ms.date}${ms.slipDays > 0 ? `（${m.popup.slip(ms.slipDays)}）` : ""}`;
          markers.push({
            id: taskId.onBar(ms.id),
            taskId: iid,
            date: ms.date,
            className: `on-bar ${milestoneClasses(ms)}`,
            title,
            above: true,
          });
        }
        continue;
      }
      for (const ms of [...initiative.milestones].sort(byDate)) {
        const mid = taskId.milestone(ms.id);
        tasks.push({
          id: mid,
          name: ms.title,
          start: ms.date,
          end: ms.date,
          progress: 0,
          custom_class: milestoneClasses(ms),
          shape: "diamond",
        });
        refs.set(mid, { kind: "milestone", milestone: ms, initiative });
        if (ms.baselineDate !== ms.date) {
          markers.push({
            id: taskId.baseline(ms.id),
            taskId: mid,
            date: ms.baselineDate,
            linkTo: ms.date,
            className: ms.slipDays < 0 ? "baseline is-ahead" : "baseline",
            title: m.baselineTitle(ms.baselineDate, ms.slipDays),
          });
        }
      }
    }
  }
  return { tasks, markers, refs };
}
