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
  for (const o of sortObservations(observations)) {
    const fromReport = o.reportId !== null;
    if (o.progress !== null) {
      progress = o.progress;
      if (fromReport) progressHistory.push({ week: isoWeekOf(o.basisDate), progress: o.progress });
    }
    if (o.status === "paused" || o.status === "done") status = o.status;
    else if (o.status === "active" && (status !== "done" || !fromReport)) status = "active";
    if (o.startDate) manualStart = o.startDate;
    if (fromReport) {
      if (!startDate || o.basisDate < startDate) startDate = o.basisDate;
      reportedName ??= o.name;
      lastSeenWeek = isoWeekOf(o.basisDate);
    }
  }
  return { reportedName, progress, status, startDate: manualStart ?? startDate, lastSeenWeek, progressHistory };
}
