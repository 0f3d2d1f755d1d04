import type { Db } from "../db";

/** Imports every `*.md` in `dir` when the database holds no report yet; returns how many it imported. */
export async function importSamplesIfEmpty(db: Db, dir: string): Promise<number> {
  void db; void dir;
  throw new Error("importSamplesIfEmpty: in progress");
}
