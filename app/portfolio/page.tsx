import { PortfolioTable } from "~/components/portfolio/portfolio-table";
import { portfolioRows } from "~/lib/timeline/portfolio";
import { messages } from "../../lib/messages";
import { requireUser } from "../_auth/current-user";
import { getQueryClient, trpc } from "../_trpc/server";

export const dynamic = "force-dynamic";

/** Leadership's overview of every department the user can read. */
export default async function PortfolioPage() {
  await requireUser("/portfolio");
  const client = getQueryClient();
  const [mine, timeline] = await Promise.all([
    client.fetchQuery(trpc.department.mine.queryOptions()),
    client.fetchQuery(trpc.timeline.get.queryOptions({})),
  ]);
  return (
    <div className="stack">
      <h1>{messages.portfolio.heading}</h1>
      <p className="muted">{messages.portfolio.intro(timeline.today)}</p>
      {mine.departments.length === 0 ? (
        <div className="card empty-state">{messages.portfolio.noDepartments}</div>
      ) : (
        <PortfolioTable rows={portfolioRows(mine.departments, timeline)} />
      )}
    </div>
  );
}
