import type { Db } from "../db";
import type { InitiativeStatus, TimelineInitiative } from "./types";

export interface InitiativeEdit {
  id: number;
  expectedVersion: number;
  name?: string;
  groupName?: string;
  status?: InitiativeStatus;
  progress?: number | null;
  startDate?: string;
  reason?: string | null;
  actor: string;
  today: string;
}

export async function editInitiative(db: Db, edit: InitiativeEdit): Promise<TimelineInitiative> {
  void db; void edit;
  throw new Error("editInitiative: in progress");
}
