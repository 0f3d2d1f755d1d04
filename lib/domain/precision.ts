import { defineEnum } from "./define-enum";

/** How exactly a report dated a milestone: a day, a week, a 旬 (ten days), a month or a quarter. */
export const Precisions = defineEnum("Precision", ["day", "week", "xun", "month", "quarter"]);
export type Precision = (typeof Precisions.values)[number];
export const parsePrecision = Precisions.parse;
