import type { LayoutProfile, RuleSource } from "../../../lib/layout-profile/layout-profile";
import type { ExtractOptions } from "../../extract";

/** A preview's corrections are not yet taught by anyone. */
export const NO_SOURCE: RuleSource = { reportId: null, week: null, actor: null, at: null };

/** The extractor's profile option: none for a profile without rules, so such a read is exactly a read without one. */
export function withProfile(profile: LayoutProfile): Pick<ExtractOptions, "profile"> {
  return profile.rules.length === 0 ? {} : { profile };
}
