import type { DbOrTx } from "../../db";
import { readLatestWeeks, readTimelineRows } from "../../db/store/timeline-rows";
import { toTimelineInitiative } from "../derive/to-timeline";
import { TrackingError } from "../tracking-error";
import type { TimelineInitiative } from "../types";

/** One initiative as the timeline shows it. */
export async function readTimelineInitiative(db: DbOrTx, id: number, today: string): Promise<TimelineInitiative> {
  const [row] = await readTimelineRows(db, [id]);
  if (!row) throw new TrackingError("not_found", `没有编号为 ${id} 的项目`);
  return toTimelineInitiative(row, today, (await readLatestWeeks(db)).get(row.departmentId) ?? null);
}
