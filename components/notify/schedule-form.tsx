"use client";
import type { FormEvent } from "react";
import { messages } from "~/lib/messages";
import type { ScheduleRow } from "~/server/db/store/notify-schedule";

export type ScheduleValues = Omit<ScheduleRow, "departmentId">;

/** When the weekly digest (cron + time zone) and the daily alert (time, days ahead) go out. */
export function ScheduleForm({
  schedule,
  disabled,
  onSave,
}: {
  schedule: ScheduleValues;
  disabled: boolean;
  onSave: (values: ScheduleValues) => void;
}) {
  const t = messages.notify;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const dailyTime = String(data.get("dailyTime") ?? "").trim();
    onSave({
      digestCron: String(data.get("digestCron") ?? ""),
      timeZone: String(data.get("timeZone") ?? ""),
      dailyTime: dailyTime || null,
      dueWithinDays: Number(data.get("dueWithinDays")),
    });
  }
  // keyed by the saved values: the form shows what the server saved after each save
  return (
    <form key={JSON.stringify(schedule)} className="admin-form" aria-label={t.schedule} onSubmit={submit}>
      <label>
        {t.digestCron}
        <input type="text" name="digestCron" defaultValue={schedule.digestCron} required title={t.digestCronHelp} />
      </label>
      <label>
        {t.timeZone}
        <input type="text" name="timeZone" defaultValue={schedule.timeZone} required />
      </label>
      <label>
        {t.dailyTime}
        <input type="time" name="dailyTime" defaultValue={schedule.dailyTime ?? ""} />
      </label>
      <label>
        {t.dueWithinDays}
        <input type="number" name="dueWithinDays" min={1} max={14} defaultValue={schedule.dueWithinDays} required />
      </label>
      <button type="submit" className="primary" disabled={disabled}>
        {t.save}
      </button>
    </form>
  );
}
