import type { DbOrTx } from "../db";
import type { Timeline, TimelineFilter } from "./types";

/** `today` is yyyy-MM-dd: the tracker never reads the clock. */
export async function getTimeline(db: DbOrTx, options: { today: string; filter?: TimelineFilter }): Promise<Timeline> {
  void db; void options;
  throw new Error("getTimeline: in progress");
}
