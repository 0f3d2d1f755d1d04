// When a department's scheduled messages go out (model NotifySchedule); no row: the defaults.
import type { DbOrTx } from "../create-client";

export interface ScheduleRow {
  departmentId: number;
  digestCron: string;
  timeZone: string;
  dailyTime: string | null;
  dueWithinDays: number;
}

export const DEFAULT_SCHEDULE: Omit<ScheduleRow, "departmentId"> = {
  digestCron: "0 9 * * 1",
  timeZone: "Asia/Shanghai",
  dailyTime: "09:00",
  dueWithinDays: 3,
};

export async function readSchedule(db: DbOrTx, departmentId: number): Promise<ScheduleRow> {
  return (await db.notifySchedule.findUnique({ where: { departmentId } })) ?? { departmentId, ...DEFAULT_SCHEDULE };
}

export async function saveSchedule(db: DbOrTx, schedule: ScheduleRow): Promise<void> {
  const { departmentId, ...values } = schedule;
  await db.notifySchedule.upsert({ where: { departmentId }, create: schedule, update: values });
}

/** Every department that has an enabled channel, with its schedule: what the scheduler looks at. */
export async function readSchedulesWithChannels(db: DbOrTx): Promise<ScheduleRow[]> {
  const departments = await db.department.findMany({
    where: { channels: { some: { enabled: true } } },
    select: { id: true, schedule: true },
    orderBy: { id: "asc" },
  });
  return departments.map((d) => d.schedule ?? { departmentId: d.id, ...DEFAULT_SCHEDULE });
}
