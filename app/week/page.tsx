import Link from "next/link";
import { WeekDigestView } from "~/components/digest/week-digest";
import { WeekSelect } from "~/components/digest/week-select";
import { weekUrl } from "~/components/digest/week-url";
import { getQueryClient, trpc } from "../_trpc/server";
import { isIsoWeek } from "../../lib/dates/iso-week";
import { messages } from "../../lib/messages";
import { requireUser } from "../_auth/current-user";

export const dynamic = "force-dynamic";

/** Leadership's weekly overview: what slipped, finished, started, went quiet; what is late or due soon. */
export default async function WeekPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/week");
  const params = await searchParams;
  const week = typeof params.week === "string" && isIsoWeek(params.week) ? params.week : undefined;
  const client = getQueryClient();
  const mine = await client.fetchQuery(trpc.department.mine.queryOptions());
  // a department the user cannot read is ignored, not an error page: the choice offers only readable ones
  const departmentId = mine.departments.find((d) => String(d.id) === params.department)?.id ?? null;
  const departmentIds = departmentId === null ? undefined : [departmentId];
  const [reports, digest] = await Promise.all([
    client.fetchQuery(trpc.report.list.queryOptions({ departmentIds })),
    client.fetchQuery(trpc.digest.get.queryOptions({ week, departmentIds })),
  ]);
  const weeks = [...new Set(reports.map((r) => r.week))].sort().reverse();
  if (!digest.week) {
    return (
      <div>
        <h1>{messages.week.heading}</h1>
        <div className="card empty-state">
          {messages.week.empty} — <Link href="/import">{messages.week.emptyLink}</Link>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="toolbar">
        <h1 style={{ margin: 0 }}>{messages.week.heading}</h1>
        <WeekSelect weeks={weeks} value={digest.week} departments={mine.departments} departmentId={departmentId} />
        <span className="muted small">{messages.week.intro(digest.week, digest.today)}</span>
        <span className="spacer" />
        <a className="button" href={weekUrl(digest.week, departmentId, "/week/export")} download>
          {messages.week.export}
        </a>
        <a className="button" href={`${weekUrl(digest.week, departmentId, "/week/export")}&format=xlsx`} download>
          {messages.exports.weekXlsx}
        </a>
      </div>
      <WeekDigestView digest={digest} />
    </div>
  );
}
