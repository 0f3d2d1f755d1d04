// GET /week/export?week=2024-W50[&department=3][&format=xlsx] → the week's digest as a download for a signed-in
// reader: CSV (UTF-8 with BOM) by default, or an Excel workbook.
import { isIsoWeek } from "~/lib/dates/iso-week";
import { messages } from "~/lib/messages";
import { DIGEST_COLUMNS, digestRows } from "~/server/export/digest-sheet";
import { xlsxTable } from "~/server/export/xlsx-table";
import { digestCsv } from "~/server/tracking";
import { downloadOrError, fileResponse, signedInCaller, signInRequired, textResponse, XLSX_TYPE } from "../../_export/download-response";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return downloadOrError("GET /week/export", () => exportWeek(request));
}

async function exportWeek(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const asked = params.get("week") || undefined;
  const department = params.get("department");
  if (asked !== undefined && !isIsoWeek(asked)) return textResponse(messages.week.badWeek, 400);
  const api = await signedInCaller(request);
  if (!api) return signInRequired();
  // a department the user cannot read is refused with 403 by the procedure
  const digest = await api.digest.get({
    week: asked,
    departmentIds: department && /^\d+$/.test(department) ? [Number(department)] : undefined,
  });
  const name = `digest-${digest.week ?? "empty"}`;
  if (params.get("format") === "xlsx") {
    const bytes = await xlsxTable(messages.exports.digestSheet, DIGEST_COLUMNS, digestRows(digest.items));
    return fileResponse(bytes, XLSX_TYPE, `${name}.xlsx`);
  }
  return fileResponse(digestCsv(digest.items), "text/csv; charset=utf-8", `${name}.csv`);
}
