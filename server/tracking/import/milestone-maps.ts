// Pure: "这是已有里程碑…" — the PM says a milestone the report names anew is a
// known milestone of the same initiative whose date moved (ReviewDecisions.milestoneMaps).
import { messages } from "../../../lib/messages";
import { TrackingError } from "../tracking-error";
import type { ReviewDecisions } from "../types";
import type { KnownMilestone } from "./known-state";

const t = messages.milestoneCorrections;

/**
 * The known milestone the PM mapped a reported one onto (null: no mapping; the
 * pairing then decides). A mapping onto a milestone of another initiative (or
 * of none) is refused: it would move someone else's date.
 */
export function mappedMilestone(
  known: readonly KnownMilestone[],
  decisionKey: string,
  title: string,
  maps: ReviewDecisions["milestoneMaps"],
): KnownMilestone | null {
  const map = maps?.[decisionKey];
  if (!map) return null;
  const match = known.find((m) => m.id === map.milestoneId);
  if (!match) throw new TrackingError("invalid", t.mapOtherInitiative(title));
  return match;
}
