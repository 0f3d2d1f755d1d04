"use client";
import type { ReactNode } from "react";
import { messages } from "~/lib/messages";
import type { Change, ChangeSet, ReviewDecisions } from "~/server/tracking/types";
import { ChangeRow } from "./change-row";
import { entryOf, isRejected, setEntry } from "./decisions";

const r = messages.review;

export interface ExistingInitiative {
  id: number;
  name: string;
  group: string;
}

export interface ChangeReviewProps {
  changeSet: ChangeSet;
  /** changes the PM rejected that the latest preview no longer lists */
  rejectedChanges: Change[];
  decisions: ReviewDecisions;
  initiatives: ExistingInitiative[];
  onChange: (decisions: ReviewDecisions) => void;
  /** more controls per report entry (the structural corrections of structure-actions.tsx) */
  entryActions?: (entry: number) => ReactNode;
}

/** The change set of a preview as a diff grouped by report entry, with the PM's decisions. */
export function ChangeReview({ changeSet, rejectedChanges, decisions, initiatives, onChange, entryActions }: ChangeReviewProps) {
  const byEntry = new Map<number, Change[]>();
  const silent: Change[] = [];
  const shownIds = new Set(changeSet.changes.map((c) => c.id));
  for (const c of [...changeSet.changes, ...rejectedChanges.filter((c) => !shownIds.has(c.id))]) {
    if (c.entry === null) silent.push(c);
    else byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c]);
  }
  const groups = [...new Set(initiatives.map((i) => i.group))];
  const entryOptions = changeSet.extraction.entries.map((e, index) => ({ index, name: e.initiative }));
  return (
    <div className="review">
      {[...byEntry.entries()]
        .sort(([a], [b]) => a - b)
        .map(([entry, changes]) => {
          const extracted = changeSet.extraction.entries[entry];
          const decision = entryOf(decisions, entry);
          const first = changes[0];
          const isNew = changes.some((c) => c.kind === "new_initiative");
          const dropped = changes.some((c) => c.kind === "new_initiative" && isRejected(decisions, c));
          return (
            <section key={entry} className="review-entry card" data-entry={entry}>
              <header className="review-entry-head">
                <span className="muted small">【{first?.group ?? extracted?.group}】</span>
                <strong>{first?.initiativeName ?? extracted?.initiative}</strong>
                {isNew ? <span className="tag new">{r.kinds.new_initiative}</span> : <span className="tag">{r.existing}</span>}
                {extracted && first && first.initiativeName !== extracted.initiative ? (
                  <span className="muted small">{r.renamedFrom(extracted.initiative)}</span>
                ) : null}
                {dropped ? <span className="tag danger">{r.entryNotImported}</span> : null}
                {extracted ? (
                  <span className="muted small change-line" title={extracted.source.text}>
                    {r.line(extracted.source.line)}
                  </span>
                ) : null}
              </header>
              <div className="review-entry-controls small">
                <label>
                  {r.rename}
                  <input
                    type="text"
                    aria-label={r.rename}
                    value={decision.name ?? ""}
                    placeholder={extracted?.initiative}
                    disabled={decision.mergeIntoId !== undefined}
                    onChange={(e) => onChange(setEntry(decisions, entry, { name: e.target.value }))}
                  />
                </label>
                <label>
                  {r.mergeInto}
                  <select
                    aria-label={r.mergeInto}
                    value={decision.mergeIntoId ?? ""}
                    onChange={(e) =>
                      onChange(
                        setEntry(decisions, entry, { mergeIntoId: e.target.value ? Number(e.target.value) : undefined, name: undefined }),
                      )
                    }
                  >
                    <option value="">{r.mergeNone}</option>
                    {groups.map((g) => (
                      <optgroup key={g} label={g}>
                        {initiatives
                          .filter((i) => i.group === g)
                          .map((i) => (
                            <option key={i.id} value={i.id}>
                              {i.name}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                </label>
                {entryActions?.(entry)}
              </div>
              <ul className="change-list">
                {changes.map((c) => (
                  <ChangeRow key={c.id} change={c} decisions={decisions} onChange={onChange} entries={entryOptions} />
                ))}
              </ul>
            </section>
          );
        })}
      {silent.length > 0 ? (
        <details className="review-entry card">
          <summary className="review-entry-head">
            <strong>{r.silentHeading}</strong> <span className="muted small">{r.silentCount(silent.length)}</span>
          </summary>
          <ul className="change-list">
            {silent.map((c) => (
              <ChangeRow key={c.id} change={c} decisions={decisions} onChange={onChange} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
