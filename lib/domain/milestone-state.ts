import { defineEnum } from "./define-enum";

/** Where a milestone stands: the report's 计划 / 已完成 / 有风险. */
export const MilestoneStates = defineEnum("MilestoneState", ["planned", "done", "at_risk"]);
export type MilestoneState = (typeof MilestoneStates.values)[number];
export const parseMilestoneState = MilestoneStates.parse;
