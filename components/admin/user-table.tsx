"use client";
import type { FormEvent } from "react";
import { DepartmentRoles } from "~/lib/domain/department-role";
import { messages } from "~/lib/messages";
import type { UserRow } from "~/server/db/store/users";

const roleName = (role: string) => (DepartmentRoles.is(role) ? messages.admin.roles[role] : role);

/**
 * Every user (site admins): whether they are a site admin, with a button that
 * changes it, and their departments and roles. Nobody demotes themselves
 * (`selfId`'s button is off while they are an admin).
 */
export function UserTable({
  users,
  selfId,
  disabled,
  onSiteAdmin,
}: {
  users: readonly UserRow[];
  selfId: string;
  disabled: boolean;
  onSiteAdmin: (user: UserRow, siteAdmin: boolean) => void;
}) {
  const t = messages.admin;
  return (
    <table className="list admin-table">
      <thead>
        <tr>
          <th>{t.name}</th>
          <th>{t.username}</th>
          <th>{t.siteAdmin}</th>
          <th>{t.memberships}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => {
          const locked = u.id === selfId && u.siteAdmin;
          return (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td className="muted">{u.username ?? u.email}</td>
              <td>
                <span className={u.siteAdmin ? "tag info" : "tag"}>{u.siteAdmin ? t.yes : t.no}</span>{" "}
                <button
                  type="button"
                  aria-label={t.siteAdminToggle(u.name, u.siteAdmin)}
                  disabled={disabled || locked}
                  title={locked ? t.cannotDemoteSelf : t.siteAdminHelp}
                  onClick={() => onSiteAdmin(u, !u.siteAdmin)}
                >
                  {u.siteAdmin ? t.removeSiteAdmin : t.makeSiteAdmin}
                </button>
              </td>
              <td>
                {u.memberships.length === 0 ? (
                  <span className="muted">{messages.common.none}</span>
                ) : (
                  <ul className="admin-memberships">
                    {u.memberships.map((m) => (
                      <li key={m.departmentId}>{t.membership(m.department, roleName(m.role))}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface NewUser {
  username: string;
  name?: string;
  password: string;
  siteAdmin: boolean;
}

/** 新建用户 (a local account with a password). `onCreate` resolves true when made; the form then empties. */
export function NewUserForm({
  minPasswordLength,
  disabled,
  onCreate,
}: {
  minPasswordLength: number;
  disabled: boolean;
  onCreate: (user: NewUser) => Promise<boolean>;
}) {
  const t = messages.admin;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? "");
    const created = await onCreate({
      username: field("username").trim(),
      name: field("name").trim() || undefined,
      password: field("password"),
      siteAdmin: data.get("siteAdmin") === "on",
    });
    if (created) form.reset();
  }
  return (
    <form className="admin-form" aria-label={t.newUser} onSubmit={(e) => void submit(e)}>
      <strong>{t.newUser}</strong>
      <label>
        {messages.auth.username}
        <input type="text" name="username" required maxLength={30} autoComplete="off" />
      </label>
      <label>
        {messages.auth.displayName}
        <input type="text" name="name" maxLength={64} autoComplete="off" />
      </label>
      <label>
        {messages.auth.password}
        <input
          type="password"
          name="password"
          required
          minLength={minPasswordLength}
          maxLength={200}
          autoComplete="new-password"
          placeholder={t.passwordHint(minPasswordLength)}
        />
      </label>
      <label title={t.siteAdminHelp}>
        <input type="checkbox" name="siteAdmin" />
        {t.siteAdmin}
      </label>
      <button type="submit" className="primary" disabled={disabled}>
        {t.create}
      </button>
    </form>
  );
}
