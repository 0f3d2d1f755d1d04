// The report extractor: pure functions from report text to ExtractionResult.
export { extractReport } from "./extract-report";
export { isoWeekLabel } from "../../lib/dates/iso-week";
export { decodeReportBytes } from "./decode-report-bytes";
export { parseDatePhrase, type ParsedDatePhrase } from "./date/parse-date-phrase";
export { DEFAULT_MAX_BYTES } from "./check-input";
export * from "./types";
