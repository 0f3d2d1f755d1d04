// /print/timeline?<the timeline's query>&paper=A4|A3: the filtered timeline as
// pages to print or save as PDF (the 导出 PDF menu item opens it and prints).
import Link from "next/link";
import { PrintActions } from "~/components/print/print-actions";
import { parsePaper, printLayout } from "~/components/print/print-rows";
import { TimelinePrint } from "~/components/print/timeline-print";
import { parseTimelineUrl, timelineUrlQuery } from "~/components/timeline/timeline-url";
import { messages } from "~/lib/messages";
import { requireUser } from "../../_auth/current-user";
import { getQueryClient, trpc } from "../../_trpc/server";

export const dynamic = "force-dynamic";

const m = messages.printTimeline;

export default async function PrintTimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("/print/timeline");
  const params = await searchParams;
  const state = parseTimelineUrl(params);
  const paper = parsePaper(typeof params.paper === "string" ? params.paper : undefined);
  const timeline = await getQueryClient().fetchQuery(trpc.timeline.get.queryOptions(state.filter));
  const query = timelineUrlQuery(state);
  return (
    <div className="stack">
      <div className="toolbar print-actions">
        <Link href={query ? `/?${query}` : "/"}>{m.back}</Link>
        <span className="muted small">{m.hint}</span>
        <span className="spacer" />
        <PrintActions paper={paper} auto={params.print === "1"} />
      </div>
      <TimelinePrint layout={printLayout(timeline, paper)} paper={paper} title={m.title(timeline.today)} />
    </div>
  );
}
