import { defineEnum } from "./define-enum";

/** The timeline's zoom levels, finest first. */
export const ViewModes = defineEnum("ViewMode", ["Day", "Week", "Month", "Quarter"]);
export type ViewMode = (typeof ViewModes.values)[number];
