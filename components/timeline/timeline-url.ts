// The timeline's view state ⇄ URL search params, so a view can be shared:
// `?department=1,3&group=2&state=slipped,overdue&q=存管&view=Month&initiative=7`,
// and the task grid's columns and folded groups (`cols=progress,slip&fold=2,5`). Pure.
import { TimelineStateFilters } from "~/lib/domain/timeline-state-filter";
import { type ViewMode, ViewModes } from "~/lib/domain/view-mode";
import type { TimelineFilter } from "~/server/tracking/types";
import { type GridColumn, gridColumnsParam, parseGridColumns } from "./grid-columns";

export interface TimelineUrlState {
  filter: TimelineFilter;
  viewMode: ViewMode;
  initiative: number | null;
  /** the grid's optional columns shown */
  columns: GridColumn[];
  /** ids of the groups folded to their header row */
  folded: number[];
}

export const DEFAULT_VIEW_MODE: ViewMode = "Week";

/** What Next hands a page (`searchParams`), or URLSearchParams. */
export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParamsLike, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const positiveInts = (values: string[]) =>
  values
    .flatMap((v) => v.split(","))
    .filter((v) => /^\d+$/.test(v))
    .map(Number)
    .filter((n) => n > 0);

/** Drops empty parts, so the unfiltered input is `{}`: one query and one cached URL with the unfiltered read. */
export function normalizeFilter(f: TimelineFilter): TimelineFilter {
  const input: TimelineFilter = {};
  if (f.departmentIds?.length) input.departmentIds = [...new Set(f.departmentIds)].sort((a, b) => a - b);
  if (f.groupIds?.length) input.groupIds = [...new Set(f.groupIds)].sort((a, b) => a - b);
  if (f.states?.length) input.states = TimelineStateFilters.values.filter((s) => f.states?.includes(s));
  const q = f.q?.trim().slice(0, 200);
  if (q) input.q = q;
  return input;
}

/** Reads the state from the URL; anything unknown or malformed is ignored. */
export function parseTimelineUrl(params: SearchParamsLike): TimelineUrlState {
  const states = read(params, "state")
    .flatMap((v) => v.split(","))
    .filter(TimelineStateFilters.is);
  const view = read(params, "view")[0];
  const initiative = positiveInts(read(params, "initiative"))[0] ?? null;
  return {
    filter: normalizeFilter({
      departmentIds: positiveInts(read(params, "department")),
      groupIds: positiveInts(read(params, "group")),
      states,
      q: read(params, "q")[0],
    }),
    viewMode: ViewModes.is(view) ? view : DEFAULT_VIEW_MODE,
    initiative,
    columns: parseGridColumns(read(params, "cols")[0]),
    folded: [...new Set(positiveInts(read(params, "fold")))].sort((a, b) => a - b),
  };
}

/** The query string for the state (without `?`); defaults are left out. */
export function timelineUrlQuery(state: Omit<TimelineUrlState, "columns" | "folded"> & Partial<TimelineUrlState>): string {
  const f = normalizeFilter(state.filter);
  const params = new URLSearchParams();
  if (f.departmentIds) params.set("department", f.departmentIds.join(","));
  if (f.groupIds) params.set("group", f.groupIds.join(","));
  if (f.states) params.set("state", f.states.join(","));
  if (f.q) params.set("q", f.q);
  if (state.viewMode !== DEFAULT_VIEW_MODE) params.set("view", state.viewMode);
  if (state.initiative !== null) params.set("initiative", String(state.initiative));
  const cols = state.columns ? gridColumnsParam(state.columns) : null;
  if (cols) params.set("cols", cols);
  if (state.folded?.length) params.set("fold", [...new Set(state.folded)].sort((a, b) => a - b).join(","));
  return params.toString();
}
