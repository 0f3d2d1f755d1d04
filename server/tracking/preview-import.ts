import type { DbOrTx } from "../db";
import type { ChangeSet, ReviewDecisions } from "./types";

export interface PreviewOptions {
  /** yyyy-MM-dd, for reports that state no date of their own */
  referenceDate?: string;
  decisions?: ReviewDecisions;
}

/** The change set importing `text` would make. Throws ExtractionError for unreadable text. */
export async function previewImport(db: DbOrTx, text: string, options: PreviewOptions = {}): Promise<ChangeSet> {
  void db; void text; void options;
  throw new Error("previewImport: in progress");
}
