import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportText } from "~/components/report/report-text";
import { getQueryClient, trpc } from "../../_trpc/server";
import { messages } from "../../../lib/messages";
import { requireUser } from "../../_auth/current-user";

export const dynamic = "force-dynamic";

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("/reports");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const report = await getQueryClient()
    .fetchQuery(trpc.report.get.queryOptions({ id }))
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      throw error;
    });
  if (!report) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/reports">← {messages.reports.back}</Link>
      </p>
      <h1>{report.title}</h1>
      <p className="muted small">
        {messages.reports.week}：{report.week} · {messages.reports.reportDate}：{report.reportDate}
        {report.department ? ` · ${messages.reports.department}：${report.department}` : null} ·{" "}
        {messages.reports.highlights(report.highlights.length)}
      </p>
      <ReportText text={report.rawText} highlights={report.highlights} />
    </div>
  );
}
