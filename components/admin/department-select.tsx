"use client";
// The department a page about one department works on, among those the user may use there.

export interface DepartmentOption {
  id: number;
  name: string;
}

export function DepartmentSelect(props: {
  label: string;
  departments: readonly DepartmentOption[];
  value: number;
  onChange: (departmentId: number) => void;
}) {
  return (
    <label>
      {props.label}{" "}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
