// A milestone's date history as a short trail: `W45 11/25 → W46 11/28 → W48 12/03`.
// Consecutive points with the same date collapse into the first; a manual edit
// is labelled with the user's name. Pure.
import { format, isValid, parseISO } from "date-fns";
import type { DateHistoryPoint } from "~/server/tracking/types";

export interface TrailStep {
  /** "W45", or the user's name for a manual edit */
  label: string;
  /** "11/25" (with the year when it differs from the first step's) */
  day: string;
  date: string;
  /** the user who set it by hand; null when a report did */
  manualBy: string | null;
  reason: string | null;
  source: DateHistoryPoint["source"];
}

function shortWeek(week: string | null): string | null {
  const m = week ? /W(\d{1,2})$/.exec(week) : null;
  return m ? `W${m[1]}` : week;
}

function shortDay(date: string, firstYear: string | null): string {
  const d = parseISO(date);
  if (!isValid(d)) return date;
  return format(d, firstYear !== null && date.slice(0, 4) !== firstYear ? "yyyy/MM/dd" : "MM/dd");
}

export function dateTrail(history: readonly DateHistoryPoint[]): TrailStep[] {
  const steps: TrailStep[] = [];
  const firstYear = history[0]?.date.slice(0, 4) ?? null;
  let last: string | null = null;
  for (const h of history) {
    if (h.date === last) continue;
    last = h.date;
    const manualBy = h.actor === "report" ? null : h.actor;
    steps.push({
      label: manualBy ?? shortWeek(h.week) ?? h.at.slice(0, 10),
      day: shortDay(h.date, firstYear),
      date: h.date,
      manualBy,
      reason: h.reason,
      source: h.source,
    });
  }
  return steps;
}
