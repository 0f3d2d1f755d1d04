import { messages } from "~/lib/messages";

export interface AuditFilterValues {
  action?: string;
  user?: string;
  from?: string;
  to?: string;
}

/** A plain GET form: the filters travel in the URL, so the page and the CSV link read the same ones. */
export function AuditFilterForm({
  values,
  actions,
  exportHref,
}: {
  values: AuditFilterValues;
  actions: readonly string[];
  exportHref: string;
}) {
  const t = messages.audit;
  return (
    <form method="get" action="/audit" className="card audit-filter">
      <label>
        {t.action}{" "}
        <select name="action" defaultValue={values.action ?? ""}>
          <option value="">{t.allActions}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {t.actions[a] ?? a}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t.user} <input name="user" type="search" defaultValue={values.user ?? ""} placeholder={t.userPlaceholder} maxLength={200} />
      </label>{" "}
      <label>
        {t.from} <input name="from" type="date" defaultValue={values.from ?? ""} />
      </label>{" "}
      <label>
        {t.to} <input name="to" type="date" defaultValue={values.to ?? ""} />
      </label>{" "}
      <button type="submit">{t.filter}</button> <a href={exportHref}>{t.exportCsv}</a>
    </form>
  );
}
