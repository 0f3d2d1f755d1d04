import { messages } from "~/lib/messages";
import type { LostDecision } from "~/server/tracking/import/earlier-decisions";

const d = messages.reviewDesk;

/** A corrected version of a week: which of the earlier version's decisions were kept, and which no longer apply. */
export function EarlierDecisionsNotice({ kept, lost }: { kept: number; lost: readonly LostDecision[] }) {
  if (kept === 0 && lost.length === 0) return null;
  return (
    <div className={lost.length ? "notice warn" : "notice info"} role="status" data-earlier-decisions>
      {kept ? <div>{d.earlierKept(kept)}</div> : null}
      {lost.length ? (
        <div>
          {d.earlierLost(lost.length)}
          <ul>
            {lost.map((l) => (
              <li key={`${l.kind}:${l.key}`}>
                {d.decisionKinds[l.kind]}：{l.label}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
