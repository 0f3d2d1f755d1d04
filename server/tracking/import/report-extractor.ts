import { extractReport, type ExtractionResult, type ExtractOptions } from "../../extract";

/**
 * Reads a report: extractReport, or the same run elsewhere (the server passes its
 * worker pool, server/extract-pool, so a slow report does not hold the request thread).
 * Rejects with ExtractionError for unreadable text, as extractReport throws it.
 */
export type ReportExtractor = (text: string, options: ExtractOptions) => Promise<ExtractionResult>;

/** extractReport in the caller's thread: for the CLI, scripts and tests (single-user processes). */
export const extractInline: ReportExtractor = async (text, options) => extractReport(text, options);
