"use client";
// /calendar: a department's calendar subscription links, for its editors and admins.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DepartmentSelect } from "~/components/admin/department-select";
import { CalendarFeedTable } from "~/components/calendar/calendar-feed-table";
import { NewFeedUrl } from "~/components/calendar/new-feed-url";
import { roleAllows } from "~/lib/domain/department-role";
import { messages } from "~/lib/messages";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

const m = messages.calendar;

export function CalendarView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.department.mine.queryOptions());
  const editable = (mine.data?.departments ?? []).filter((d) => roleAllows(d.role, "editor"));
  const [chosen, setChosen] = useState<number | null>(null);
  const departmentId = chosen ?? editable[0]?.id ?? null;
  const feeds = useQuery({ ...trpc.calendar.feeds.queryOptions({ departmentId: departmentId ?? 0 }), enabled: departmentId !== null });
  const refresh = () => refreshAfterWrite(queryClient, trpc.calendar.feeds.queryKey());
  const create = useMutation(trpc.calendar.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.calendar.revoke.mutationOptions({ onSuccess: refresh }));

  if (mine.isPending) return <p className="muted">{messages.common.loading}</p>;
  if (departmentId === null) return <div className="card empty-state">{m.noDepartment}</div>;
  const failure = create.error ?? revoke.error ?? feeds.error;
  return (
    <div className="stack">
      <div className="toolbar">
        <h1 style={{ margin: 0 }}>{m.heading}</h1>
        <DepartmentSelect
          label={m.department}
          departments={editable}
          value={departmentId}
          onChange={(id) => {
            setChosen(id);
            create.reset();
          }}
        />
        <span className="spacer" />
        <button type="button" className="primary" disabled={create.isPending} onClick={() => create.mutate({ departmentId })}>
          {create.isPending ? m.creating : m.create}
        </button>
      </div>
      <p className="muted small">{m.intro}</p>
      {failure ? (
        <div className="notice error" role="alert">
          {errorMessage(failure)}
        </div>
      ) : null}
      {create.data && create.data.departmentId === departmentId ? <NewFeedUrl url={create.data.url} /> : null}
      <section className="card" aria-label={m.listHeading}>
        <h2>{m.listHeading}</h2>
        <CalendarFeedTable
          feeds={feeds.data ?? []}
          busy={revoke.isPending}
          onRevoke={(id) => {
            if (window.confirm(m.confirmRevoke)) revoke.mutate({ id });
          }}
        />
      </section>
    </div>
  );
}
