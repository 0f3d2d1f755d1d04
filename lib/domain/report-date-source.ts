import { defineEnum } from "./define-enum";

/**
 * Where the report date came from: the user (argument), a `Created:`/`日期：`
 * line (created), front matter (front-matter), a dated title (title), a week in
 * the title (title-week), the uploaded file's name (file-name), or the dates the
 * text states as done when the header is stale or missing (stated-dates).
 */
export const ReportDateSources = defineEnum("ReportDateSource", [
  "argument",
  "created",
  "front-matter",
  "title",
  "title-week",
  "file-name",
  "stated-dates",
]);
export type ReportDateSource = (typeof ReportDateSources.values)[number];
