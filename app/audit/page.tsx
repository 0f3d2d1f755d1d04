import { AuditFilterForm, type AuditFilterValues } from "~/components/audit/audit-filter-form";
import { AuditTable } from "~/components/audit/audit-table";
import { AUDIT_ACTIONS } from "~/server/db/store/audit-log";
import { auditFilter, type AuditFilterInput } from "~/server/api/routers/audit";
import { getQueryClient, trpc } from "../_trpc/server";
import { messages } from "../../lib/messages";
import { requireUser } from "../_auth/current-user";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

/** The URL's filters, each kept only when valid (a bad date is dropped, not an error page). */
function filtersOf(params: SearchParams): AuditFilterInput & { page: number } {
  const one = (key: string) => (typeof params[key] === "string" && params[key] ? params[key] : undefined);
  const valid = <K extends keyof AuditFilterInput>(key: K) => auditFilter.shape[key].safeParse(one(key)).data as AuditFilterInput[K];
  const values: AuditFilterInput = { action: valid("action"), user: valid("user"), from: valid("from"), to: valid("to") };
  const page = Number(one("page") ?? "1");
  return { ...values, page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1 };
}

function query(values: AuditFilterValues & { page?: number }): string {
  const params = new URLSearchParams(
    Object.entries(values)
      .filter(([, v]) => v !== undefined && v !== "" && v !== 1)
      .map(([k, v]) => [k, String(v)]),
  );
  const s = params.toString();
  return s ? `?${s}` : "";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/audit");
  if (!user.siteAdmin) return <div className="card empty-state">{messages.auth.adminRequired}</div>;
  const { page, ...values } = filtersOf(await searchParams);
  const data = await getQueryClient().fetchQuery(trpc.audit.list.queryOptions({ ...values, page }));
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const t = messages.audit;
  return (
    <div>
      <h1>{t.heading}</h1>
      <p>{t.intro}</p>
      <AuditFilterForm values={values} actions={AUDIT_ACTIONS} exportHref={`/audit/export${query(values)}`} />
      <p>
        {t.total(data.total)} · {t.pageOf(page, pages)}{" "}
        {page > 1 && <a href={`/audit${query({ ...values, page: page - 1 })}`}>{t.previous}</a>}{" "}
        {page < pages && <a href={`/audit${query({ ...values, page: page + 1 })}`}>{t.next}</a>}
      </p>
      <AuditTable rows={data.rows} />
    </div>
  );
}
