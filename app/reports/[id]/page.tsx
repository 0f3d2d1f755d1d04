import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportText } from "~/components/report/report-text";
import { getQueryClient, trpc } from "../../_trpc/server";
import { messages } from "../../../lib/messages";
import { currentAccess, requireUser } from "../../_auth/current-user";
import { ReportUndo } from "./report-undo";

export const dynamic = "force-dynamic";

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("/reports");
  // digits only: Number() would read `0x1` or `1e0` as report 1
  const raw = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(raw)) notFound();
  const id = Number(raw);
  const report = await getQueryClient()
    .fetchQuery(trpc.report.get.queryOptions({ id }))
    .catch((error: unknown) => {
      // another department's report is as absent as a missing one: its existence is not told
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
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
      {(await currentAccess()).some((d) => d.id === report.departmentId && d.role !== "viewer") ? (
        <ReportUndo reportId={report.id} departmentId={report.departmentId} week={report.week} />
      ) : null}
      <ReportText text={report.rawText} highlights={report.highlights} />
    </div>
  );
}
