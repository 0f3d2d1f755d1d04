import type { DbOrTx } from "../db";
import type { InitiativeDetail } from "./types";

export async function getInitiativeDetail(db: DbOrTx, id: number, options: { today: string }): Promise<InitiativeDetail> {
  void db; void id; void options;
  throw new Error("getInitiativeDetail: in progress");
}
