import { HydrationBoundary } from "@tanstack/react-query";
import { requireUser } from "../../_auth/current-user";
import { dehydrated, getQueryClient, trpc } from "../../_trpc/server";
import { messages } from "../../../lib/messages";
import { ProfileView } from "./profile-view";

export const dynamic = "force-dynamic";

/** 版式配置: every member reads their departments' profiles; editors change them. `?department=ID` picks one. */
export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ department?: string }> }) {
  await requireUser("/admin/profile");
  const client = getQueryClient();
  const mine = await client.fetchQuery(trpc.department.mine.queryOptions());
  const readable = mine.departments.filter((d) => d.role !== null);
  if (readable.length === 0) return <div className="card empty-state">{messages.portfolio.noDepartments}</div>;
  const asked = Number((await searchParams).department);
  const first = readable.find((d) => d.id === asked) ?? readable[0]!;
  await client.prefetchQuery(trpc.layoutProfile.get.queryOptions({ departmentId: first.id }));
  return (
    <div>
      <h1>{messages.layoutProfile.title}</h1>
      <p className="muted">{messages.layoutProfile.intro}</p>
      <HydrationBoundary state={dehydrated()}>
        <ProfileView departments={readable.map((d) => ({ id: d.id, name: d.name, role: d.role! }))} initialId={first.id} />
      </HydrationBoundary>
    </div>
  );
}
