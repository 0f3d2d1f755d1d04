// Not in week-select.tsx: the page (a server component) builds the CSV link with it too.

/** The overview's URL (or its CSV's): `/week?week=2024-W49&department=3` (no department: every one the user reads). */
export function weekUrl(week: string | null, departmentId: number | null, path: "/week" | "/week/export" = "/week"): string {
  const params = new URLSearchParams();
  if (week) params.set("week", week);
  if (departmentId !== null) params.set("department", String(departmentId));
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}`;
}
