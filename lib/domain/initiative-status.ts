import { defineEnum } from "./define-enum";

/** An initiative is going on, paused (暂停/搁置) or finished (结项). */
export const InitiativeStatuses = defineEnum("InitiativeStatus", ["active", "paused", "done"]);
export type InitiativeStatus = (typeof InitiativeStatuses.values)[number];
export const parseInitiativeStatus = InitiativeStatuses.parse;
