// GET /export/timeline?<the timeline page's query> → the timeline as an Excel workbook: the same
// departments, groups, states and search as the page (components/timeline/timeline-url.ts), one row per milestone.
import { parseTimelineUrl } from "~/components/timeline/timeline-url";
import { messages } from "~/lib/messages";
import { TIMELINE_COLUMNS, timelineRows } from "~/server/export/timeline-sheet";
import { xlsxTable } from "~/server/export/xlsx-table";
import { downloadOrError, fileResponse, signedInCaller, signInRequired, XLSX_TYPE } from "../../_export/download-response";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return downloadOrError("GET /export/timeline", async () => {
    const api = await signedInCaller(request);
    if (!api) return signInRequired();
    const { filter } = parseTimelineUrl(new URL(request.url).searchParams);
    // departments the user cannot read are refused with 403 by the procedure, as on the page
    const timeline = await api.timeline.get(filter);
    const bytes = await xlsxTable(messages.exports.timelineSheet, TIMELINE_COLUMNS, timelineRows(timeline));
    return fileResponse(bytes, XLSX_TYPE, `timeline-${timeline.today}.xlsx`);
  });
}
