/**
 * What the tracker read on one line of a report, for the line view
 * (ReportText): on the report page from the stored observations, in the import
 * review from the preview's extraction. `unread` marks a line the extractor saw
 * but did not trust (未识别).
 */
export interface LineHighlight {
  line: number;
  kind: "initiative" | "milestone" | "progress" | "unread";
  label: string;
}
