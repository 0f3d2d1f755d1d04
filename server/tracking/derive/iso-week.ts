import { parseISO } from "date-fns";
import { isoWeekLabel } from "../../extract/report-header";
import { perDate } from "./per-date";

/** `2024-11-23` → `2024-W47`: the same label the extractor gives a report. */
export const isoWeekOf = perDate((date) => isoWeekLabel(parseISO(date)));
