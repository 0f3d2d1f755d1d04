"use client";
import type { FormEvent } from "react";
import { type DepartmentRole, DepartmentRoles } from "~/lib/domain/department-role";
import { messages } from "~/lib/messages";
import type { MemberRow } from "~/server/db/store/departments";
import { RoleSelect } from "./role-select";

/**
 * A department's members: changing a role's select saves it, 移除 takes the
 * membership away. `lockedUserId` is a row whose controls are off (a department
 * admin does not change their own role: they would lock themselves out).
 */
export function MemberTable({
  members,
  lockedUserId,
  disabled,
  onRole,
}: {
  members: readonly MemberRow[];
  lockedUserId: string | null;
  disabled: boolean;
  /** a new role for the user, or null to remove them */
  onRole: (member: MemberRow, role: DepartmentRole | null) => void;
}) {
  const t = messages.admin;
  if (members.length === 0) return <p className="muted">{t.noMembers}</p>;
  return (
    <table className="list admin-table">
      <thead>
        <tr>
          <th>{t.name}</th>
          <th>{t.username}</th>
          <th>{t.role}</th>
          <th>{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const locked = m.userId === lockedUserId;
          return (
            <tr key={m.userId}>
              <td>{m.name}</td>
              <td className="muted">{m.username ?? m.email}</td>
              <td>
                <RoleSelect
                  label={t.roleOf(m.name)}
                  value={m.role}
                  disabled={disabled || locked}
                  title={locked ? t.ownRole : undefined}
                  onChange={(role) => onRole(m, role)}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t.removeOf(m.name)}
                  disabled={disabled || locked}
                  title={locked ? t.ownRole : undefined}
                  onClick={() => onRole(m, null)}
                >
                  {t.noRole}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** 添加成员: a login (username, email or user id) and a role. `onAdd` resolves true when added; the form then empties. */
export function AddMemberForm({
  disabled,
  onAdd,
}: {
  disabled: boolean;
  onAdd: (login: string, role: DepartmentRole) => Promise<boolean>;
}) {
  const t = messages.admin;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (await onAdd(String(data.get("login") ?? "").trim(), DepartmentRoles.parse(data.get("role")))) form.reset();
  }
  return (
    <form className="admin-form" aria-label={t.addMember} onSubmit={(e) => void submit(e)}>
      <strong>{t.addMember}</strong>
      <label>
        {t.memberLogin}
        <input type="text" name="login" required maxLength={320} autoComplete="off" />
      </label>
      <label>
        {t.role}
        <RoleSelect label={t.role} name="role" defaultValue="viewer" />
      </label>
      <button type="submit" className="primary" disabled={disabled}>
        {t.add}
      </button>
    </form>
  );
}

/** What each role may do. */
export function RoleHelp() {
  const t = messages.admin;
  return (
    <ul className="admin-role-help muted small">
      {DepartmentRoles.values.map((role) => (
        <li key={role}>
          <strong>{t.roles[role]}</strong> {t.roleHelp[role]}
        </li>
      ))}
    </ul>
  );
}
