import { defineEnum } from "./define-enum";

/** The kinds of change an import's review lists, in the order the review groups them. */
export const ChangeKinds = defineEnum("ChangeKind", [
  "new_initiative",
  "new_milestone",
  "date_change",
  "state_change",
  "progress_change",
  "status_change",
  "silent",
]);
export type ChangeKind = (typeof ChangeKinds.values)[number];
