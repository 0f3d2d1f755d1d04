import type { LayoutProfile, ProfileRule } from "../../../lib/layout-profile/layout-profile";
import { findContradiction, parseLayoutProfile } from "../../../lib/layout-profile/parse-layout-profile";
import { messages } from "../../../lib/messages";
import type { Db } from "../../db";
import { deleteProfileRules, readLayoutProfile, replaceProfileRules, saveProfileRules } from "../../db/store/layout-profile-rules";
import { trackedTransaction } from "../tracked-transaction";
import { TrackingError } from "../tracking-error";

// A profile decides how later reports are read, not what the timeline holds: its
// writes leave the tracking revision (and every cache keyed on it) as it is.

/** Removes one rule of the department's profile. */
export async function removeProfileRule(db: Db, departmentId: number, ruleId: string): Promise<void> {
  await trackedTransaction(db, async (write) => {
    write.changedNothing();
    if ((await deleteProfileRules(write.tx, departmentId, [ruleId])) === 0) {
      throw new TrackingError("not_found", messages.layoutProfile.ruleNotFound);
    }
  });
}

/** Changes what a rule matches or the name it gives; refused, changing nothing, when the profile would contradict itself. */
export async function editProfileRule(
  db: Db,
  departmentId: number,
  ruleId: string,
  edit: Pick<ProfileRule, "match" | "value">,
): Promise<ProfileRule> {
  const { value } = await trackedTransaction(db, async (write) => {
    write.changedNothing();
    const profile = await readLayoutProfile(write.tx, departmentId);
    const rule = profile.rules.find((r) => r.id === ruleId);
    if (!rule) throw new TrackingError("not_found", messages.layoutProfile.ruleNotFound);
    const edited = { ...rule, match: edit.match, value: rule.kind === "alias" ? edit.value : "" };
    const contradiction = findContradiction(profile.rules.map((r) => (r.id === ruleId ? edited : r)));
    if (contradiction) throw new TrackingError("invalid", contradiction);
    await saveProfileRules(write.tx, departmentId, [edited]);
    return edited;
  });
  return value;
}

/**
 * The department's profile becomes the one in `json` (exported from another
 * department, or from this one earlier). A malformed, newer or contradictory
 * profile is refused whole, and the profile there stays as it was.
 */
export async function replaceProfile(db: Db, departmentId: number, json: string): Promise<LayoutProfile> {
  const parsed = parseLayoutProfile(json);
  if (!parsed.ok) throw new TrackingError("invalid", parsed.message);
  await trackedTransaction(db, async (write) => {
    write.changedNothing();
    await replaceProfileRules(write.tx, departmentId, parsed.profile.rules);
  });
  return readLayoutProfile(db, departmentId);
}
