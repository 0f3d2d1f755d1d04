import { ReportTable } from "~/components/report/report-table";
import { getQueryClient, trpc } from "../_trpc/server";
import { messages } from "../../lib/messages";
import { requireUser } from "../_auth/current-user";

export const dynamic = "force-dynamic";

export default async function ReportsPage() {
  await requireUser("/reports");
  const reports = await getQueryClient().fetchQuery(trpc.report.list.queryOptions());
  return (
    <div>
      <h1>{messages.reports.heading}</h1>
      {reports.length === 0 ? <div className="card empty-state">{messages.reports.empty}</div> : <ReportTable reports={reports} />}
    </div>
  );
}
