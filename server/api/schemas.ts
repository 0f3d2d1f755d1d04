// Shared zod pieces of the routers' inputs.
import { z } from "zod";
import { isInDateWindow } from "../../lib/dates/date-window";
import { InitiativeStatuses } from "../../lib/domain/initiative-status";
import { MilestoneStates } from "../../lib/domain/milestone-state";
import { TimelineStateFilters } from "../../lib/domain/timeline-state-filter";
import { messages } from "../../lib/messages";
import { dateWindow } from "../env";
import { EVENT_WORD_LENGTH, MAX_CORRECTIONS, profileCorrectionSchema } from "../../lib/layout-profile/layout-profile";

/** A calendar day within the tracker's window (server/env.ts): every date an edit, a review or an import names. */
export const isoDate = z.iso
  .date({ error: "日期格式应为 yyyy-MM-dd" })
  .refine((day) => isInDateWindow(day, dateWindow), { error: messages.edit.dateOutOfWindow(dateWindow) });
export const id = z.number().int().positive();
export const milestoneState = z.enum(MilestoneStates.values);
export const initiativeStatus = z.enum(InitiativeStatuses.values);
const reason = z.string().trim().max(500).nullish();

/** ReviewDecisions (server/tracking/types.ts); record keys arrive as strings over JSON. */
export const reviewDecisions = z.object({
  rejected: z.array(z.string()).optional(),
  entries: z
    .record(
      z.string().max(1000),
      z.object({
        name: z.string().trim().max(200).optional(),
        alias: z.string().trim().max(200).optional(),
        mergeIntoId: id.optional(),
        group: z.string().trim().max(200).optional(),
      }),
    )
    .optional(),
  milestoneFixes: z
    .record(
      z.string(),
      z.object({ date: isoDate.optional(), state: milestoneState.optional(), title: z.string().trim().min(1).max(200).optional() }),
    )
    .optional(),
  milestoneMoves: z.record(z.string(), z.object({ toEntry: z.string().max(1000) })).optional(),
  keepManual: z.array(z.string()).optional(),
  addedMilestones: z
    .array(
      z.object({
        entryKey: z.string().max(1000),
        line: z.string().max(5000),
        span: z.string().trim().min(1, messages.milestoneCorrections.emptySpan).max(5000).optional(),
        event: z.string().trim().max(EVENT_WORD_LENGTH.max, messages.milestoneCorrections.longEvent(EVENT_WORD_LENGTH.max)),
        title: z.string().trim().min(1, messages.milestoneCorrections.emptyTitle).max(200).optional(),
        date: isoDate.optional(),
        state: milestoneState.optional(),
      }),
    )
    .max(200)
    .optional(),
  milestoneMaps: z.record(z.string(), z.object({ milestoneId: id })).optional(),
});

/** Which departments a read covers: by default every one the user can read. */
export const departmentIds = z.array(id).max(500).optional();

const profileCorrections = z.array(profileCorrectionSchema).max(MAX_CORRECTIONS, `一次最多 ${MAX_CORRECTIONS} 条版式修正`);

export const importInput = z.object({
  /** the department to import into; the preview proposes one when it is not given */
  departmentId: id.optional(),
  text: z.string().max(2_000_000, "周报内容过大（超过 2 MB）"),
  referenceDate: isoDate.optional(),
  /** the uploaded file's name: it dates a report that does not date itself (`20170515-20170519周任务及进度.md`) */
  fileName: z.string().trim().max(255, "文件名过长（超过 255 个字符）").optional(),
  decisions: reviewDecisions.optional(),
  /** the review's structural corrections (issue #13), and whether the commit keeps them in the department's profile */
  corrections: profileCorrections.optional(),
  rememberForDepartment: z.boolean().optional(),
});

export const timelineFilter = z
  .object({
    departmentIds,
    groupIds: z.array(id).optional(),
    states: z.array(z.enum(TimelineStateFilters.values)).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .default({});

export const initiativeEdit = z.object({
  id,
  expectedVersion: z.number().int(),
  name: z.string().trim().min(1, "名称不能为空").max(200).optional(),
  groupName: z.string().trim().min(1).max(200).optional(),
  status: initiativeStatus.optional(),
  progress: z.number().min(0).max(100).nullable().optional(),
  startDate: isoDate.optional(),
  /** "" clears it */
  owner: z.string().trim().max(50, "负责人不能超过 50 个字符").optional(),
  reason,
});

export const milestoneEdit = z.object({
  id,
  expectedVersion: z.number().int(),
  date: isoDate.optional(),
  rangeStart: isoDate.optional(),
  state: milestoneState.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  initiativeId: id.optional(),
  reason,
});

export const mergeInput = z.object({ sourceId: id, targetId: id, reason });
