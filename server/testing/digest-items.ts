import type { DigestItem } from "../tracking";

/** One item of each kind the digest exports write differently: a slipped milestone of W50's samples… */
export const SLIPPED_ITEM: DigestItem = {
  kind: "slipped",
  initiativeId: 1,
  initiativeName: "贝易转-装修存管",
  group: "O1 业务服务",
  milestoneId: 2,
  title: "上线",
  date: "2024-12-26",
  baselineDate: "2024-12-05",
  slipDays: 21,
  movedDays: 7,
  reason: "双主体需求",
  progressBefore: null,
  progressAfter: null,
  source: null,
};

/** …and a progress regression of the same initiative, with the report line it came from. */
export const REGRESSION_ITEM: DigestItem = {
  ...SLIPPED_ITEM,
  kind: "progress_regressed",
  milestoneId: null,
  title: null,
  date: null,
  baselineDate: null,
  slipDays: null,
  movedDays: null,
  reason: null,
  progressBefore: 60,
  progressAfter: 35,
  source: { reportId: 3, line: 12, text: "装修存管：进度35%，需求变更" },
};
