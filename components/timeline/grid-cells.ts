// What each cell of the task grid says, per row kind and column: plain text
// and a tone for its colour. Pure; the grid renders it as text, never HTML.
import { messages } from "~/lib/messages";
import type { GridColumn } from "./grid-columns";
import { milestoneStateText } from "./timeline-popup";
import { MAJOR_SLIP_DAYS, type TaskRef } from "./timeline-tasks";

const m = messages.chart;

export interface GridCell {
  text: string;
  /** colours the cell: a slip (major or minor), a date ahead of plan, a state */
  tone?: "slip" | "slip-major" | "ahead" | "done" | "overdue" | "at-risk" | "muted";
}

const EMPTY: GridCell = { text: "" };

function slipCell(days: number): GridCell {
  if (days >= MAJOR_SLIP_DAYS) return { text: `+${days}`, tone: "slip-major" };
  if (days > 0) return { text: `+${days}`, tone: "slip" };
  if (days < 0) return { text: `−${-days}`, tone: "ahead" };
  return { text: "0", tone: "muted" };
}

/** The latest baseline of an initiative's milestones: the end first planned. */
function initiativeBaseline(ref: Extract<TaskRef, { kind: "initiative" }>): string {
  let latest = "";
  for (const ms of ref.initiative.milestones) if (ms.baselineDate > latest) latest = ms.baselineDate;
  return latest;
}

export function gridCell(ref: TaskRef | undefined, column: GridColumn): GridCell {
  if (!ref || ref.kind === "group") return EMPTY;
  if (ref.kind === "initiative") {
    const i = ref.initiative;
    switch (column) {
      case "owner":
        return i.owner ? { text: i.owner } : { text: "—", tone: "muted" };
      case "progress":
        return i.progress === null ? { text: "—", tone: "muted" } : { text: `${i.progress}%` };
      case "baseline":
        return { text: initiativeBaseline(ref) };
      case "end":
        return { text: i.endDate };
      case "slip":
        return slipCell(i.slipDays);
      case "state":
        return { text: m.initiativeStatus[i.status], tone: i.status === "done" ? "done" : i.status === "paused" ? "muted" : undefined };
      case "week":
        return { text: i.lastSeenWeek ?? "—", tone: i.silent ? "muted" : undefined };
    }
  }
  const ms = ref.milestone;
  switch (column) {
    case "baseline":
      return { text: ms.baselineDate };
    case "end":
      return { text: ms.date };
    case "slip":
      return slipCell(ms.slipDays);
    case "state":
      return {
        text: milestoneStateText(ms),
        tone: ms.state === "done" ? "done" : ms.overdue ? "overdue" : ms.state === "at_risk" ? "at-risk" : undefined,
      };
    default:
      return EMPTY;
  }
}
