import type { InitiativeStatus, ProgressPoint } from "../types";
import { isoWeekOf } from "../../../lib/dates/iso-week";
import type { InitiativeObservationFacts } from "../../db/store/derived-rows";
import { sortObservations } from "./observation-order";

export type { InitiativeObservationFacts };

export interface DerivedInitiative {
  /** the name its first report used (a PM's rename or merge takes precedence) */
  reportedName: string | null;
  progress: number | null;
  status: InitiativeStatus;
  startDate: string | null;
  lastSeenWeek: string | null;
  progressHistory: ProgressPoint[];
  /** the latest owner a PM set (kept over the reports'), else the latest a report named */
  owner: string | null;
}

/**
 * Progress and status are the latest ones stated. A report that mentions an
 * initiative without a status makes a paused one active again, but does not
 * reopen one that was declared done (结项): only a PM does that.
 */
export function deriveInitiative(observations: readonly InitiativeObservationFacts[]): DerivedInitiative {
  let progress: number | null = null;
  let status: InitiativeStatus = "active";
  let startDate: string | null = null;
  let manualStart: string | null = null;
  let lastSeenWeek: string | null = null;
  let reportedName: string | null = null;
  const progressHistory: ProgressPoint[] = [];
  let reportedOwner: string | null = null;
  let manualOwner: string | null = null;
  for (const o of sortObservations(observations)) {
    const fromReport = o.reportId !== null;
    if (o.progress !== null) {
      progress = o.progress;
      if (fromReport) progressHistory.push({ week: isoWeekOf(o.basisDate), progress: o.progress });
    }
    if (o.status === "paused" || o.status === "done") status = o.status;
    else if (o.status === "active" && (status !== "done" || !fromReport)) status = "active";
    if (o.startDate) manualStart = o.startDate;
    if (o.owner !== null && !fromReport) manualOwner = o.owner;
    else if (o.owner && fromReport) reportedOwner = o.owner;
    if (fromReport) {
      if (!startDate || o.basisDate < startDate) startDate = o.basisDate;
      reportedName ??= o.name;
      lastSeenWeek = isoWeekOf(o.basisDate);
    }
  }
  return {
    reportedName,
    progress,
    status,
    startDate: manualStart ?? startDate,
    lastSeenWeek,
    progressHistory,
    owner: ownerOf(manualOwner, reportedOwner),
  };
}

/** A PM's owner wins, even a cleared one (""): a report does not bring back what a person removed. */
function ownerOf(manual: string | null, reported: string | null): string | null {
  if (manual !== null) return manual || null;
  return reported;
}
