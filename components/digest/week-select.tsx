"use client";
import { useRouter } from "next/navigation";
import { messages } from "~/lib/messages";
import { weekUrl } from "./week-url";

/** Picks the week and the department of the overview; both live in the URL. */
export function WeekSelect(props: {
  weeks: string[];
  value: string;
  departments: { id: number; name: string }[];
  departmentId: number | null;
}) {
  const router = useRouter();
  const { weeks, value, departments, departmentId } = props;
  return (
    <>
      <label className="small">
        {messages.week.select}
        <select value={value} aria-label={messages.week.select} onChange={(e) => router.push(weekUrl(e.target.value, departmentId))}>
          {weeks.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </label>
      {departments.length > 1 ? (
        <label className="small">
          {messages.week.department}
          <select
            value={departmentId ?? ""}
            aria-label={messages.week.department}
            // another department has other weeks: start from its newest
            onChange={(e) => router.push(weekUrl(null, e.target.value ? Number(e.target.value) : null))}
          >
            <option value="">{messages.week.allDepartments}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </>
  );
}
