"use client";
import { useRouter } from "next/navigation";
import { messages } from "~/lib/messages";

/** Picks the week of the overview; the week lives in the URL (`/week?week=2024-W49`). */
export function WeekSelect({ weeks, value }: { weeks: string[]; value: string }) {
  const router = useRouter();
  return (
    <label className="small">
      {messages.week.select}
      <select
        value={value}
        aria-label={messages.week.select}
        onChange={(e) => router.push(`/week?week=${encodeURIComponent(e.target.value)}`)}
      >
        {weeks.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
      </select>
    </label>
  );
}
