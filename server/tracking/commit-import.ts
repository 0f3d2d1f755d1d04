import type { Db } from "../db";
import type { ImportResult, ReviewDecisions } from "./types";

export interface CommitOptions {
  actor: string;
  referenceDate?: string;
  decisions?: ReviewDecisions;
}

/** Imports a report in one transaction: all of it or nothing. */
export async function commitImport(db: Db, text: string, options: CommitOptions): Promise<ImportResult> {
  void db; void text; void options;
  throw new Error("commitImport: in progress");
}
