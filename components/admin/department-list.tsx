"use client";
import { type FormEvent, useState } from "react";
import { messages } from "~/lib/messages";

export interface AdminDepartment {
  id: number;
  name: string;
}

/**
 * The departments the user administers: one button each selects it (its members
 * show below), and 改名 opens an inline rename. `onRename` resolves true when saved.
 */
export function DepartmentList({
  departments,
  selectedId,
  nameMax,
  disabled,
  onSelect,
  onRename,
}: {
  departments: readonly AdminDepartment[];
  selectedId: number | null;
  /** the longest name the server takes */
  nameMax: number;
  disabled: boolean;
  onSelect: (id: number) => void;
  onRename: (id: number, name: string) => Promise<boolean>;
}) {
  const t = messages.admin;
  const [editing, setEditing] = useState<number | null>(null);

  async function rename(event: FormEvent<HTMLFormElement>, id: number) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    if (await onRename(id, name)) setEditing(null);
  }

  if (departments.length === 0) return <p className="muted">{t.noDepartments}</p>;
  return (
    <ul className="admin-departments">
      {departments.map((d) =>
        editing === d.id ? (
          <li key={d.id}>
            <form className="admin-form" aria-label={t.renameOf(d.name)} onSubmit={(e) => void rename(e, d.id)}>
              <label>
                {t.departmentName}
                <input type="text" name="name" defaultValue={d.name} required maxLength={nameMax} autoFocus />
              </label>
              <button type="submit" className="primary" disabled={disabled}>
                {messages.common.save}
              </button>
              <button type="button" onClick={() => setEditing(null)}>
                {messages.common.cancel}
              </button>
            </form>
          </li>
        ) : (
          <li key={d.id}>
            <button type="button" className="admin-department" aria-pressed={d.id === selectedId} onClick={() => onSelect(d.id)}>
              {d.name}
            </button>
            <button
              type="button"
              className="admin-link-button"
              aria-label={t.renameOf(d.name)}
              disabled={disabled}
              onClick={() => setEditing(d.id)}
            >
              {t.rename}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/** 新建部门 (site admins). `onCreate` resolves true when made; the form then empties. */
export function NewDepartmentForm({
  nameMax,
  disabled,
  onCreate,
}: {
  nameMax: number;
  disabled: boolean;
  onCreate: (name: string) => Promise<boolean>;
}) {
  const t = messages.admin;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (await onCreate(String(new FormData(form).get("name") ?? ""))) form.reset();
  }
  return (
    <form className="admin-form" aria-label={t.newDepartment} onSubmit={(e) => void submit(e)}>
      <strong>{t.newDepartment}</strong>
      <label>
        {t.departmentName}
        <input type="text" name="name" required maxLength={nameMax} />
      </label>
      <button type="submit" className="primary" disabled={disabled}>
        {t.create}
      </button>
    </form>
  );
}
