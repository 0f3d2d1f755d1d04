import { defineEnum } from "./define-enum";

/**
 * Why the import review lists a line as not understood (未识别):
 * date_without_milestone: a date no event was tied to; date_disagreement: a
 * relative date and the explicit one beside it name different days (`下周三（01-04）`,
 * the explicit one was read); unsure_item: an item the structure step doubted.
 */
export const UnreadReasons = defineEnum("UnreadReason", ["date_without_milestone", "date_disagreement", "unsure_item"]);
export type UnreadReason = (typeof UnreadReasons.values)[number];
