// The tracker: reconciles each extracted report with what is known, keeps
// baselines and every date change, derives slips. The API layer calls only these.
export type * from "./types";
export { TrackingError } from "./tracking-error";
export { previewImport, type PreviewOptions } from "./import/preview-import";
export { commitImport, type CommitOptions } from "./import/commit-import";
export { extractInline, type ReportExtractor } from "./import/report-extractor";
export { getTimeline } from "./read/get-timeline";
export { getInitiativeDetail } from "./read/get-initiative-detail";
export { editMilestone, type MilestoneEdit } from "./edit/edit-milestone";
export { editInitiative, type InitiativeEdit } from "./edit/edit-initiative";
export { mergeInitiatives } from "./edit/merge-initiatives";
export { listReports, getReport, type ReportSummary, type ReportView } from "./read/reports";
export { importSamplesIfEmpty, SAMPLE_DEPARTMENT } from "./import/import-samples";
export { addDepartment, renameDepartment, DEFAULT_DEPARTMENT, DEPARTMENT_NAME_MAX } from "./departments";
export { proposeDepartment, type DepartmentRef } from "./import/propose-department";
export { getWeeklyDigest, type WeeklyDigest, type DigestItem, type DigestKind } from "./read/get-weekly-digest";
export { digestCsv, digestRow } from "./read/digest-csv";
export { readTimelineDump } from "./read/timeline-dump";
export { onTrackingEvents, type TrackingEvent, type TrackingEventKind } from "./tracking-events";
export { beforeTrackedCommit, type WriteCause } from "./commit-hooks";
export { undoImport, undoMerge, undoAvailability, type UndoAvailability } from "./undo/undo-operations";
export type { UndoDone } from "./undo/undo-point";
