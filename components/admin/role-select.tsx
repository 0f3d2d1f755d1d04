import { type DepartmentRole, DepartmentRoles } from "~/lib/domain/department-role";
import { messages } from "~/lib/messages";

/** A department role, by its Chinese name; each option's title says what the role may do. */
export function RoleSelect({
  label,
  value,
  defaultValue,
  name,
  disabled,
  title,
  onChange,
}: {
  /** the accessible name */
  label: string;
  value?: DepartmentRole;
  defaultValue?: DepartmentRole;
  name?: string;
  disabled?: boolean;
  title?: string;
  onChange?: (role: DepartmentRole) => void;
}) {
  const t = messages.admin;
  return (
    <select
      aria-label={label}
      name={name}
      value={value}
      defaultValue={defaultValue}
      disabled={disabled}
      title={title}
      onChange={onChange ? (e) => onChange(DepartmentRoles.parse(e.target.value)) : undefined}
    >
      {DepartmentRoles.values.map((role) => (
        <option key={role} value={role} title={t.roleHelp[role]}>
          {t.roles[role]}
        </option>
      ))}
    </select>
  );
}
