import { addDays, format, parseISO } from "date-fns";
import type { DbOrTx } from "../../db";
import { daysBetween } from "../../../lib/dates/day-number";
import { readDepartmentsReporting, readNewestWeek, readObservationsOfMilestonesIn, readWeeksReported } from "../../db/store/digest-rows";
import { readReportedProgressOf } from "../../db/store/progress-rows";
import { readLatestWeeks, readTimelineRows } from "../../db/store/timeline-rows";
import { sortObservations } from "../derive/observation-order";
import { toTimelineInitiative } from "../derive/to-timeline";
import { progressRegressions } from "./progress-regressions";

import type { DigestKind } from "../../../lib/domain/digest-kind";

export type { DigestKind };

export interface DigestItem {
  kind: DigestKind;
  initiativeId: number;
  initiativeName: string;
  group: string;
  milestoneId: number | null;
  title: string | null;
  date: string | null;
  baselineDate: string | null;
  /** total slip against the baseline */
  slipDays: number | null;
  /** how far this week's report moved it */
  movedDays: number | null;
  reason: string | null;
  /** 进度回退: the previous report's percent and this week's (null for other kinds) */
  progressBefore: number | null;
  progressAfter: number | null;
  /** the report line an item comes from (a progress regression's), null when unknown */
  source: { reportId: number; line: number; text: string } | null;
}

export interface WeeklyDigest {
  week: string | null;
  today: string;
  items: DigestItem[];
  countsByGroup: ({ group: string } & Record<DigestKind, number>)[];
}

const DUE_SOON_DAYS = 14;

/**
 * What changed in the departments' `week` (default: their newest) against each
 * milestone's previous report, plus what is overdue or due in the next 14 days as of `today`.
 */
export async function getWeeklyDigest(
  db: DbOrTx,
  options: { today: string; week?: string; departmentIds: readonly number[] },
): Promise<WeeklyDigest> {
  const shown = new Set(options.departmentIds);
  const week = options.week ?? (await readNewestWeek(db, options.departmentIds));
  const rows = (await readTimelineRows(db)).filter((r) => shown.has(r.departmentId));
  const weeks = await readLatestWeeks(db);
  // Only milestones the week spoke of can have slipped or completed in it.
  const observationsOf = groupBy(week ? await readObservationsOfMilestonesIn(db, week) : [], (o) => o.milestoneId);
  const weeksReported = await readWeeksReported(db);
  const reportingDepartments = week ? await readDepartmentsReporting(db, week) : new Set<number>();
  const regressions = week ? progressRegressions(await readReportedProgressOf(db, week), week) : new Map();
  const dueBy = format(addDays(parseISO(options.today), DUE_SOON_DAYS), "yyyy-MM-dd");
  const items: DigestItem[] = [];

  for (const row of rows) {
    const i = toTimelineInitiative(row, options.today, weeks.get(row.departmentId) ?? null);
    const base = {
      initiativeId: i.id,
      initiativeName: i.name,
      group: i.group,
      milestoneId: null,
      title: null,
      date: null,
      baselineDate: null,
      slipDays: null,
      movedDays: null,
      reason: null,
      progressBefore: null,
      progressAfter: null,
      source: null,
    };
    const seenWeeks = [...(weeksReported.get(row.id) ?? [])].sort();
    if (week && seenWeeks[0] === week) items.push({ ...base, kind: "new_initiative" });
    if (
      week &&
      reportingDepartments.has(row.departmentId) &&
      !seenWeeks.includes(week) &&
      seenWeeks.some((w) => w < week) &&
      i.status !== "done"
    ) {
      items.push({ ...base, kind: "silent", date: null });
    }
    const regression = regressions.get(row.id);
    if (regression)
      items.push({
        ...base,
        kind: "progress_regressed",
        progressBefore: regression.before,
        progressAfter: regression.after,
        source: regression.source,
      });
    for (const m of i.milestones) {
      const mBase = { ...base, milestoneId: m.id, title: m.title, date: m.date, baselineDate: m.baselineDate, slipDays: m.slipDays };
      const ordered = sortObservations(observationsOf.get(m.id) ?? []);
      const at = ordered.findLastIndex((o) => o.week === week);
      const now = ordered[at];
      const before = at > 0 ? ordered[at - 1] : undefined;
      if (now && before) {
        const moved = daysBetween(before.date, now.date);
        if (moved > 0) items.push({ ...mBase, kind: "slipped", movedDays: moved, reason: now.reason });
        if (now.state === "done" && before.state !== "done") items.push({ ...mBase, kind: "completed" });
      } else if (now && !before && now.state === "done") items.push({ ...mBase, kind: "completed" });
      // a finished initiative's milestones are not late or due any more, whatever their own state says
      if (i.status === "done") continue;
      if (m.overdue) items.push({ ...mBase, kind: "overdue" });
      else if (m.state !== "done" && m.date >= options.today && m.date <= dueBy) items.push({ ...mBase, kind: "due_soon" });
    }
  }

  const counts = new Map<string, { group: string } & Record<DigestKind, number>>();
  for (const item of items) {
    const c = counts.get(item.group) ?? {
      group: item.group,
      slipped: 0,
      progress_regressed: 0,
      completed: 0,
      new_initiative: 0,
      silent: 0,
      overdue: 0,
      due_soon: 0,
    };
    c[item.kind]++;
    counts.set(item.group, c);
  }
  return { week, today: options.today, items, countsByGroup: [...counts.values()] };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
