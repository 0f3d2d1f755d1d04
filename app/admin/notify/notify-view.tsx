"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { DepartmentSelect } from "~/components/admin/department-select";
import { type AdminNotice, AdminNoticeLine } from "~/components/admin/admin-notice";
import { ChannelForm } from "~/components/notify/channel-form";
import { ChannelTable } from "~/components/notify/channel-table";
import { DeliveryLog } from "~/components/notify/delivery-log";
import { ScheduleForm } from "~/components/notify/schedule-form";
import { errorMessage } from "../../_trpc/error-message";
import { useTRPC } from "../../_trpc/provider";
import { messages } from "../../../lib/messages";
import { refreshAfterWrite } from "../../_trpc/refresh-after-write";

const t = messages.notify;

type Section = "channels" | "schedule" | "log";

/** One department's channels, schedule and delivery log; each action refetches them before its notice shows. */
export function NotifyView({ departments }: { departments: readonly { id: number; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { channels: useId(), schedule: useId(), log: useId() };
  const [departmentId, setDepartmentId] = useState(departments[0]!.id);
  const [notice, setNotice] = useState<(AdminNotice & { section: Section }) | null>(null);
  const of = { departmentId };

  const channels = useQuery(trpc.notify.channels.queryOptions(of));
  const schedule = useQuery(trpc.notify.schedule.queryOptions(of));
  // the worker sends in the background: the log refreshes itself while something waits
  const log = useQuery({
    ...trpc.notify.deliveries.queryOptions(of),
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === "pending") ? 3_000 : false),
  });

  const refresh = () => refreshAfterWrite(queryClient, trpc.notify.pathKey());
  const mutations = {
    add: useMutation(trpc.notify.addChannel.mutationOptions({ onSuccess: refresh })),
    test: useMutation(trpc.notify.test.mutationOptions({ onSuccess: refresh })),
    setEnabled: useMutation(trpc.notify.setEnabled.mutationOptions({ onSuccess: refresh })),
    remove: useMutation(trpc.notify.deleteChannel.mutationOptions({ onSuccess: refresh })),
    schedule: useMutation(trpc.notify.saveSchedule.mutationOptions({ onSuccess: refresh })),
    resend: useMutation(trpc.notify.resend.mutationOptions({ onSuccess: refresh })),
  };
  const busy = Object.values(mutations).some((m) => m.isPending);

  /** Runs an action and reports it in its section; true when it succeeded. */
  async function run<T>(section: Section, action: () => Promise<T>, done: (result: T) => AdminNotice): Promise<boolean> {
    setNotice(null);
    try {
      setNotice({ section, ...done(await action()) });
      return true;
    } catch (error) {
      setNotice({ section, ok: false, text: errorMessage(error) });
      return false;
    }
  }
  const noticeOf = (section: Section) => (notice?.section === section ? notice : null);
  const ok = (text: string) => ({ ok: true, text });

  return (
    <div className="stack">
      {departments.length > 1 ? (
        <DepartmentSelect
          label={t.department}
          departments={departments}
          value={departmentId}
          onChange={(id) => (setDepartmentId(id), setNotice(null))}
        />
      ) : null}

      <section className="card stack" aria-labelledby={ids.channels}>
        <h2 id={ids.channels}>{t.channels}</h2>
        <ChannelTable
          channels={channels.data ?? []}
          disabled={busy}
          onTest={(c) =>
            void run(
              "channels",
              () => mutations.test.mutateAsync({ channelId: c.id }),
              (r) => (r.outcome === "sent" ? ok(t.testOk(c.name)) : { ok: false, text: t.testFailed(c.name, r.response) }),
            )
          }
          onSetEnabled={(c, enabled) =>
            void run(
              "channels",
              () => mutations.setEnabled.mutateAsync({ channelId: c.id, enabled }),
              () => ok(t.saved),
            )
          }
          onRemove={(c) =>
            void run(
              "channels",
              () => mutations.remove.mutateAsync({ channelId: c.id }),
              () => ok(t.removed(c.name)),
            )
          }
        />
        <ChannelForm
          disabled={busy}
          onAdd={(values) =>
            run(
              "channels",
              () => mutations.add.mutateAsync({ departmentId, ...values }),
              (c) => ok(t.added(c.name)),
            )
          }
        />
        <AdminNoticeLine notice={noticeOf("channels")} />
      </section>

      <section className="card stack" aria-labelledby={ids.schedule}>
        <h2 id={ids.schedule}>{t.schedule}</h2>
        {schedule.data ? (
          <ScheduleForm
            schedule={schedule.data}
            disabled={busy}
            onSave={(values) =>
              void run(
                "schedule",
                () => mutations.schedule.mutateAsync({ departmentId, ...values }),
                () => ok(t.saved),
              )
            }
          />
        ) : null}
        <AdminNoticeLine notice={noticeOf("schedule")} />
      </section>

      <section className="card stack" aria-labelledby={ids.log}>
        <h2 id={ids.log}>{t.log}</h2>
        <AdminNoticeLine notice={noticeOf("log")} />
        <DeliveryLog
          rows={log.data ?? []}
          disabled={busy}
          onResend={(r) =>
            void run(
              "log",
              () => mutations.resend.mutateAsync({ deliveryId: r.id }),
              () => ok(t.resent),
            )
          }
        />
      </section>
    </div>
  );
}
