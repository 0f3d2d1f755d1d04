import { defineEnum } from "./define-enum";

/** The states the timeline can be filtered by, in the order the filter bar offers them. */
export const TimelineStateFilters = defineEnum("TimelineStateFilter", ["slipped", "overdue", "at_risk", "silent", "active", "done"]);
export type TimelineStateFilter = (typeof TimelineStateFilters.values)[number];
