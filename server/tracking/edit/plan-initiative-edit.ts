// Pure: what a PM's change to an initiative writes (edit-initiative.ts reads, claims and writes it).
import { isValid, parseISO } from "date-fns";
import { TrackingError } from "../tracking-error";
import type { InitiativeStatus } from "../types";
import type { FieldChange } from "./plan-milestone-edit";

/** the longest owner a PM may set (a name or two, not a sentence) */
export const OWNER_MAX = 50;

export interface InitiativeEdit {
  id: number;
  expectedVersion: number;
  name?: string;
  groupName?: string;
  status?: InitiativeStatus;
  progress?: number | null;
  startDate?: string;
  /** "" clears it */
  owner?: string;
  reason?: string | null;
  actor: string;
  today: string;
}

export interface CurrentInitiative {
  name: string;
  groupName: string;
  status: InitiativeStatus;
  progress: number | null;
  startDate: string | null;
  owner: string | null;
}

export interface InitiativeEditPlan {
  /** the new name; the old one stays an alias, so later reports still find it */
  rename: string | null;
  regroup: string | null;
  /** what to record as a manual observation (only the fields that change) */
  observation: { progress: number | null; status: InitiativeStatus | null; startDate: string | null; owner: string | null } | null;
  log: FieldChange[];
}

/** Refuses values out of range before anything is read. */
export function validateInitiativeEdit(edit: Pick<InitiativeEdit, "progress" | "startDate" | "name" | "owner">): void {
  if (edit.owner !== undefined && edit.owner.trim().length > OWNER_MAX)
    throw new TrackingError("invalid", `负责人不能超过 ${OWNER_MAX} 个字符`);
  if (edit.progress != null && !(edit.progress >= 0 && edit.progress <= 100))
    throw new TrackingError("invalid", "进度必须在 0 到 100 之间");
  if (edit.startDate !== undefined && !isValid(parseISO(edit.startDate))) throw new TrackingError("invalid", `日期无效: ${edit.startDate}`);
  if (edit.name !== undefined && !edit.name.trim()) throw new TrackingError("invalid", "名称不能为空");
}

export function planInitiativeEdit(
  current: CurrentInitiative,
  edit: Omit<InitiativeEdit, "id" | "expectedVersion" | "actor" | "today">,
): InitiativeEditPlan {
  const log: FieldChange[] = [];
  const name = edit.name?.trim();
  const rename = name && name !== current.name ? name : null;
  if (rename) log.push({ field: "name", oldValue: current.name, newValue: rename });
  const groupName = edit.groupName?.trim();
  const regroup = groupName && groupName !== current.groupName ? groupName : null;
  if (regroup) log.push({ field: "group", oldValue: current.groupName, newValue: regroup });
  const progress = edit.progress !== undefined && edit.progress !== current.progress ? edit.progress : undefined;
  const status = edit.status !== undefined && edit.status !== current.status ? edit.status : undefined;
  const startDate = edit.startDate !== undefined && edit.startDate !== current.startDate ? edit.startDate : undefined;
  if (progress !== undefined) log.push({ field: "progress", oldValue: numberText(current.progress), newValue: numberText(progress) });
  if (status !== undefined) log.push({ field: "status", oldValue: current.status, newValue: status });
  if (startDate !== undefined) log.push({ field: "startDate", oldValue: current.startDate, newValue: startDate });
  // "" is "no owner, set by hand": it keeps later reports from naming one again
  const owner = edit.owner?.trim();
  const reowned = owner !== undefined && owner !== (current.owner ?? "") ? owner : undefined;
  if (reowned !== undefined) log.push({ field: "owner", oldValue: current.owner, newValue: reowned || null });
  if (log.length === 0) throw new TrackingError("invalid", "没有需要保存的修改");
  const observed = progress !== undefined || status !== undefined || startDate !== undefined || reowned !== undefined;
  return {
    rename,
    regroup,
    observation: observed
      ? { progress: progress ?? null, status: status ?? null, startDate: startDate ?? null, owner: reowned ?? null }
      : null,
    log,
  };
}

function numberText(n: number | null): string | null {
  return n === null ? null : String(n);
}
