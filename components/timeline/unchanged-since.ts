// Before an undo (or redo) is saved: is the item still as this session left
// it? Each field the step would overwrite must still hold the value the
// session wrote; otherwise someone else changed it meanwhile and the step is
// dropped rather than silently overwriting their change. The server's version
// check still guards the moment between this look and the save.
import type { Timeline, TimelineInitiative, TimelineMilestone } from "~/lib/timeline/types";
import type { EditRequest } from "./edit-request";

/** What each field of an edit reads as on the timeline. */
function milestoneField(m: TimelineMilestone, initiativeId: number, key: string): unknown {
  if (key === "initiativeId") return initiativeId;
  return (m as unknown as Record<string, unknown>)[key];
}

function initiativeField(i: TimelineInitiative, key: string): unknown {
  if (key === "groupName") return i.group;
  if (key === "owner") return i.owner ?? ""; // the edit writes "" for none, the server keeps null
  return (i as unknown as Record<string, unknown>)[key];
}

/** The item's current version when every field `req` would overwrite still holds `req.previous`; null when it changed or is gone. */
export function versionIfUnchanged(timeline: Timeline, req: EditRequest): number | null {
  const expected = Object.entries(req.previous).filter(([, v]) => v !== undefined);
  for (const group of timeline.groups)
    for (const i of group.initiatives) {
      if (req.entity === "initiative" && i.id === req.id)
        return expected.every(([k, v]) => initiativeField(i, k) === (k === "owner" ? String(v).trim() : v)) ? i.version : null;
      if (req.entity === "milestone")
        for (const m of i.milestones)
          if (m.id === req.id) return expected.every(([k, v]) => milestoneField(m, i.id, k) === v) ? m.version : null;
    }
  return null;
}
