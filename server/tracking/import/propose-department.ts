import { normalizeName } from "../derive/normalize-name";

export interface DepartmentRef {
  id: number;
  name: string;
}

/**
 * The department a report's header names, among those the user may import into:
 * the same name, else the longest one that contains it or that it contains
 * (`风控平台部周报` → 风控平台部). Null when the header names none of them.
 */
export function proposeDepartment(headerName: string, departments: readonly DepartmentRef[]): DepartmentRef | null {
  const named = normalizeName(headerName);
  if (!named) return null;
  const exact = departments.find((d) => normalizeName(d.name) === named);
  if (exact) return exact;
  const overlapping = departments.filter((d) => {
    const name = normalizeName(d.name);
    return name.length > 0 && (named.includes(name) || name.includes(named));
  });
  return overlapping.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}
