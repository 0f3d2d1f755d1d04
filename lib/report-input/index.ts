// Reading reports from where they are written: files in any common encoding,
// Word documents, zip archives and rich-text paste, all as the reader's Markdown.
export { type DecodedText, type TextEncoding, decodeText } from "./decode-text";
export { docxToMarkdown } from "./docx-to-markdown";
export { htmlToMarkdown } from "./html-to-markdown";
export { DEFAULT_INPUT_LIMITS, type InputLimits, megabytes } from "./limits";
export { type InputFile, type ReportFile, type ReportFiles, readReportFiles } from "./read-report-files";
export { readZip, type ZipContents } from "./read-zip";
