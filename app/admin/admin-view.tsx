"use client";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { type AdminNotice, AdminNoticeLine } from "~/components/admin/admin-notice";
import { DepartmentList, NewDepartmentForm } from "~/components/admin/department-list";
import { AddMemberForm, MemberTable, RoleHelp } from "~/components/admin/member-table";
import { type NewUser, NewUserForm, UserTable } from "~/components/admin/user-table";
import type { DepartmentRole } from "~/lib/domain/department-role";
import { errorMessage } from "../_trpc/error-message";
import { useTRPC } from "../_trpc/provider";
import { messages } from "../../lib/messages";
import { refreshAfterWrite } from "../_trpc/refresh-after-write";

const t = messages.admin;

/** Where a notice shows: next to the form or table whose action it reports. */
type Section = "departments" | "members" | "users";

export interface AdminLimits {
  departmentName: number;
  password: number;
}

/**
 * 部门与成员: the departments the user administers (site admins also make new
 * ones), the selected department's members and their roles, and for site admins
 * every user. Each action refetches what it changed before its notice shows.
 */
export function AdminView({ selfId, limits }: { selfId: string; limits: AdminLimits }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { departments: useId(), members: useId(), users: useId() };
  const [chosen, setChosen] = useState<number | null>(null);
  const [notice, setNotice] = useState<(AdminNotice & { section: Section }) | null>(null);

  const mine = useQuery(trpc.department.mine.queryOptions());
  const siteAdmin = mine.data?.siteAdmin ?? false;
  const administered = (mine.data?.departments ?? []).filter((d) => d.role === "admin");
  const selected = administered.find((d) => d.id === chosen) ?? administered[0] ?? null;
  const members = useQuery(trpc.department.members.queryOptions(selected ? { departmentId: selected.id } : skipToken));
  const users = useQuery(trpc.user.list.queryOptions(undefined, { enabled: siteAdmin }));

  // every write here can change what the others show (names, roles, memberships): refetch them all before it resolves
  const refresh = () => refreshAfterWrite(queryClient, trpc.department.pathKey(), trpc.user.pathKey());
  const createDepartment = useMutation(trpc.department.create.mutationOptions({ onSuccess: refresh }));
  const renameDepartment = useMutation(trpc.department.rename.mutationOptions({ onSuccess: refresh }));
  const setRole = useMutation(trpc.department.setRole.mutationOptions({ onSuccess: refresh }));
  const createUser = useMutation(trpc.user.create.mutationOptions({ onSuccess: refresh }));
  const setSiteAdmin = useMutation(trpc.user.setSiteAdmin.mutationOptions({ onSuccess: refresh }));
  const busy = [createDepartment, renameDepartment, setRole, createUser, setSiteAdmin].some((m) => m.isPending);

  /** Runs an action and reports it in its section; true when it succeeded. */
  async function run<T>(section: Section, action: () => Promise<T>, done: (result: T) => string): Promise<boolean> {
    setNotice(null);
    try {
      const result = await action();
      setNotice({ section, ok: true, text: done(result) });
      return true;
    } catch (error) {
      setNotice({ section, ok: false, text: errorMessage(error) });
      return false;
    }
  }
  const noticeOf = (section: Section) => (notice?.section === section ? notice : null);

  const changeRole = (departmentId: number, user: string, role: DepartmentRole | null) =>
    run(
      "members",
      () => setRole.mutateAsync({ departmentId, user, role }),
      (r) => (r.role === null ? t.removed(r.name) : t.roleSet(r.name, t.roles[r.role])),
    );

  if (mine.isPending) return <p className="muted">{messages.common.loading}</p>;
  if (mine.isError) {
    return (
      <div className="notice error" role="alert">
        {errorMessage(mine.error)}{" "}
        <button type="button" onClick={() => void mine.refetch()}>
          {messages.common.retry}
        </button>
      </div>
    );
  }

  // the members of the selected department, showing a role change while it saves
  const pendingRole = setRole.isPending ? setRole.variables : undefined;
  const memberRows = (members.data ?? []).map((m) =>
    pendingRole && pendingRole.departmentId === selected?.id && pendingRole.user === m.userId && pendingRole.role
      ? { ...m, role: pendingRole.role }
      : m,
  );

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby={ids.departments}>
        <h2 id={ids.departments}>{t.departments}</h2>
        {administered.length > 0 ? <p className="muted small">{t.selectHint}</p> : null}
        <DepartmentList
          departments={administered}
          selectedId={selected?.id ?? null}
          nameMax={limits.departmentName}
          disabled={busy}
          onSelect={(id) => {
            setChosen(id);
            setNotice(null);
          }}
          onRename={(departmentId, name) =>
            run(
              "departments",
              () => renameDepartment.mutateAsync({ departmentId, name }),
              (r) => t.renamed(r.new),
            )
          }
        />
        {siteAdmin ? (
          <NewDepartmentForm
            nameMax={limits.departmentName}
            disabled={busy}
            onCreate={(name) =>
              run(
                "departments",
                async () => {
                  const department = await createDepartment.mutateAsync({ name });
                  setChosen(department.id);
                  return department;
                },
                (d) => t.created(d.name),
              )
            }
          />
        ) : null}
        <AdminNoticeLine notice={noticeOf("departments")} />
      </section>

      {selected ? (
        <section className="card stack" aria-labelledby={ids.members}>
          <h2 id={ids.members}>{t.membersOf(selected.name)}</h2>
          {members.isPending ? (
            <p className="muted">{messages.common.loading}</p>
          ) : members.isError ? (
            <div className="notice error" role="alert">
              {errorMessage(members.error)}
            </div>
          ) : (
            <MemberTable
              members={memberRows}
              lockedUserId={siteAdmin ? null : selfId}
              disabled={busy}
              onRole={(member, role) => void changeRole(selected.id, member.userId, role)}
            />
          )}
          <AddMemberForm disabled={busy} onAdd={(login, role) => changeRole(selected.id, login, role)} />
          <AdminNoticeLine notice={noticeOf("members")} />
          <RoleHelp />
        </section>
      ) : null}

      {siteAdmin ? (
        <section className="card stack" aria-labelledby={ids.users}>
          <h2 id={ids.users}>{t.users}</h2>
          {users.isPending ? (
            <p className="muted">{messages.common.loading}</p>
          ) : users.isError ? (
            <div className="notice error" role="alert">
              {errorMessage(users.error)}
            </div>
          ) : (
            <UserTable
              users={users.data}
              selfId={selfId}
              disabled={busy}
              onSiteAdmin={(user, value) =>
                void run(
                  "users",
                  () => setSiteAdmin.mutateAsync({ userId: user.id, siteAdmin: value }),
                  (r) => t.siteAdminSet(user.name, r.siteAdmin),
                )
              }
            />
          )}
          <NewUserForm
            minPasswordLength={limits.password}
            disabled={busy}
            onCreate={(user: NewUser) =>
              run(
                "users",
                () => createUser.mutateAsync(user),
                (u) => t.created(u.name),
              )
            }
          />
          <AdminNoticeLine notice={noticeOf("users")} />
        </section>
      ) : null}
    </div>
  );
}
