import type { Db } from "../db";
import type { TimelineInitiative } from "./types";

/** Merges `sourceId` into `targetId`; the source's names become aliases of the target. */
export async function mergeInitiatives(
  db: Db,
  input: { sourceId: number; targetId: number; actor: string; reason?: string | null; today: string },
): Promise<TimelineInitiative> {
  void db; void input;
  throw new Error("mergeInitiatives: in progress");
}
