import { defineEnum } from "./define-enum";

/** The sections of the weekly digest, in the order it lists them. */
export const DigestKinds = defineEnum("DigestKind", [
  "slipped",
  "progress_regressed",
  "completed",
  "new_initiative",
  "silent",
  "overdue",
  "due_soon",
]);
export type DigestKind = (typeof DigestKinds.values)[number];
