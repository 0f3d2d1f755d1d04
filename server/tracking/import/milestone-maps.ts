// Pure: "这是已有里程碑…" — the PM says a milestone the report names anew is a
// known milestone of the same initiative whose date moved (ReviewDecisions.milestoneMaps).
import { messages } from "../../../lib/messages";
import { TrackingError } from "../tracking-error";
import type { ReviewDecisions } from "../types";
import type { KnownMilestone } from "./known-state";
import { findMilestoneByKey } from "./milestone-key";

const t = messages.milestoneCorrections;

/**
 * The known milestone a reported one is: the one the PM mapped it onto, else the
 * one its key finds. A mapping onto a milestone of another initiative (or of none)
 * is refused: it would move someone else's date.
 */
export function knownMilestoneOf(
  known: readonly KnownMilestone[],
  decisionKey: string,
  reported: { key: string; date: string; title: string },
  maps: ReviewDecisions["milestoneMaps"],
): { match: KnownMilestone | null; mapped: boolean } {
  const map = maps?.[decisionKey];
  if (!map) return { match: findMilestoneByKey(known, reported.key, reported.date), mapped: false };
  const match = known.find((m) => m.id === map.milestoneId);
  if (!match) throw new TrackingError("invalid", t.mapOtherInitiative(reported.title));
  return { match, mapped: true };
}
