import { EMPTY_PROFILE, type ProfileCorrection, type RuleSource } from "../../../lib/layout-profile/layout-profile";
import type { DbOrTx } from "../../db";
import { readLayoutProfile } from "../../db/store/layout-profile-rules";
import { withCorrections, type CorrectedProfile } from "./with-corrections";

export interface ProfileChoice {
  /** structural corrections of the review, on top of the department's profile */
  corrections?: readonly ProfileCorrection[];
  /** false reads without the department's profile (`cli import --no-profile`); corrections still apply */
  useProfile?: boolean;
}

/** The profile a report of the department is read with: its own, never another department's, plus the corrections. */
export async function profileForImport(
  db: DbOrTx,
  departmentId: number,
  choice: ProfileChoice,
  source: RuleSource,
): Promise<CorrectedProfile> {
  const stored = choice.useProfile === false ? EMPTY_PROFILE : await readLayoutProfile(db, departmentId);
  return withCorrections(stored, choice.corrections ?? [], source);
}
