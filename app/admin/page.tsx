import { HydrationBoundary } from "@tanstack/react-query";
import Link from "next/link";
import { MIN_PASSWORD_LENGTH } from "~/server/auth/auth";
import { DEPARTMENT_NAME_MAX } from "~/server/tracking";
import { requireUser } from "../_auth/current-user";
import { dehydrated, getQueryClient, trpc } from "../_trpc/server";
import { messages } from "../../lib/messages";
import { AdminView } from "./admin-view";

export const dynamic = "force-dynamic";

/** 部门与成员: for site admins and for admins of at least one department; others are refused. */
export default async function AdminPage() {
  const user = await requireUser("/admin");
  const client = getQueryClient();
  const mine = await client.fetchQuery(trpc.department.mine.queryOptions());
  const administered = mine.departments.filter((d) => d.role === "admin");
  if (!mine.siteAdmin && administered.length === 0) return <div className="card empty-state">{messages.auth.adminRequired}</div>;
  // what the view shows first: the first department's members and, for site admins, the users
  await Promise.all([
    administered[0] ? client.prefetchQuery(trpc.department.members.queryOptions({ departmentId: administered[0].id })) : null,
    mine.siteAdmin ? client.prefetchQuery(trpc.user.list.queryOptions()) : null,
  ]);
  return (
    <div>
      <h1>{messages.admin.heading}</h1>
      <p className="muted">
        {messages.admin.intro} <Link href="/admin/notify">{messages.notify.openSettings}</Link> ·{" "}
        <Link href="/admin/profile">{messages.layoutProfile.open}</Link>
      </p>
      <HydrationBoundary state={dehydrated()}>
        <AdminView selfId={user.id} limits={{ departmentName: DEPARTMENT_NAME_MAX, password: MIN_PASSWORD_LENGTH }} />
      </HydrationBoundary>
    </div>
  );
}
