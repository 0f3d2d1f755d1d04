import { HydrationBoundary } from "@tanstack/react-query";
import Link from "next/link";
import { requireUser } from "../../_auth/current-user";
import { dehydrated, getQueryClient, trpc } from "../../_trpc/server";
import { messages } from "../../../lib/messages";
import { NotifyView } from "./notify-view";

export const dynamic = "force-dynamic";

/** 通知设置: for the admins of a department (site admins: every one); others are refused. */
export default async function NotifyPage() {
  await requireUser("/admin/notify");
  const client = getQueryClient();
  const mine = await client.fetchQuery(trpc.department.mine.queryOptions());
  const administered = mine.departments.filter((d) => d.role === "admin");
  if (administered.length === 0) return <div className="card empty-state">{messages.auth.adminRequired}</div>;
  const first = { departmentId: administered[0]!.id };
  await Promise.all([
    client.prefetchQuery(trpc.notify.channels.queryOptions(first)),
    client.prefetchQuery(trpc.notify.schedule.queryOptions(first)),
    client.prefetchQuery(trpc.notify.deliveries.queryOptions(first)),
  ]);
  return (
    <div>
      <h1>{messages.notify.heading}</h1>
      <p className="muted">
        {messages.notify.intro} <Link href="/admin">{messages.admin.heading}</Link>
      </p>
      <HydrationBoundary state={dehydrated()}>
        <NotifyView departments={administered} />
      </HydrationBoundary>
    </div>
  );
}
