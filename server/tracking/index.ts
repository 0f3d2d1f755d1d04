// The tracker: reconciles each extracted report with what is known, keeps
// baselines and every date change, derives slips. The API layer calls only these.
export type * from "./types";
export { TrackingError } from "./tracking-error";
export { previewImport, type PreviewOptions } from "./preview-import";
export { commitImport, type CommitOptions } from "./commit-import";
export { getTimeline } from "./get-timeline";
export { getInitiativeDetail } from "./get-initiative-detail";
export { editMilestone, type MilestoneEdit } from "./edit-milestone";
export { editInitiative, type InitiativeEdit } from "./edit-initiative";
export { mergeInitiatives } from "./merge-initiatives";
export { listReports, getReport, type ReportSummary, type ReportView } from "./reports";
export { importSamplesIfEmpty } from "./import-samples";
export { getWeeklyDigest, type WeeklyDigest, type DigestItem, type DigestKind } from "./get-weekly-digest";
export { digestCsv } from "./digest-csv";
export { readTimelineDump } from "./timeline-dump";
