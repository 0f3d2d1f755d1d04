"use client";
// What the PM may decide about one entry of the report: rename it, add an
// alias, or merge it into an existing initiative (asked to confirm, saying
// what will change, and warned when the target is in another group).
import { useState } from "react";
import { messages } from "~/lib/messages";
import type { ReviewDecisions } from "~/server/tracking/types";
import { entryOf, setEntry } from "./decisions";

const r = messages.review;
const d = messages.reviewDesk;

export interface ExistingInitiative {
  id: number;
  name: string;
  group: string;
}

export interface EntryActionsProps {
  entryKey: string;
  /** the name and group the report gives */
  name: string;
  group: string;
  decisions: ReviewDecisions;
  initiatives: readonly ExistingInitiative[];
  onChange: (decisions: ReviewDecisions) => void;
}

export function EntryActions({ entryKey, name, group, decisions, initiatives, onChange }: EntryActionsProps) {
  const decision = entryOf(decisions, entryKey);
  const [pending, setPending] = useState<ExistingInitiative | null>(null);
  const mergedInto = initiatives.find((i) => i.id === decision.mergeIntoId) ?? null;
  const sameGroup = initiatives.filter((i) => i.group === group);
  const others = initiatives.filter((i) => i.group !== group);
  return (
    <div className="review-entry-controls small stack">
      <div className="row">
        <label title={d.renameHint}>
          {d.rename}
          <input
            type="text"
            aria-label={d.rename}
            value={decision.name ?? ""}
            placeholder={name}
            disabled={mergedInto !== null}
            onChange={(e) => onChange(setEntry(decisions, entryKey, { name: e.target.value }))}
          />
        </label>
        <label title={d.aliasHint}>
          {d.alias}
          <input
            type="text"
            aria-label={d.alias}
            value={decision.alias ?? ""}
            disabled={mergedInto !== null}
            onChange={(e) => onChange(setEntry(decisions, entryKey, { alias: e.target.value }))}
          />
        </label>
      </div>
      {mergedInto ? (
        <div className="row">
          <span className="tag info">{d.merged(mergedInto.name)}</span>
          <button type="button" onClick={() => onChange(setEntry(decisions, entryKey, { mergeIntoId: undefined }))}>
            {d.undoMerge}
          </button>
        </div>
      ) : (
        <label>
          {r.mergeInto}
          <select
            aria-label={r.mergeInto}
            value=""
            onChange={(e) => setPending(initiatives.find((i) => i.id === Number(e.target.value)) ?? null)}
          >
            <option value="">{r.mergeNone}</option>
            {[
              [d.sameGroup, sameGroup],
              [d.otherGroups, others],
            ].map(([label, list]) =>
              (list as ExistingInitiative[]).length ? (
                <optgroup key={label as string} label={label as string}>
                  {(list as ExistingInitiative[]).map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.group === group ? i.name : `${i.name}（${i.group}）`}
                    </option>
                  ))}
                </optgroup>
              ) : null,
            )}
          </select>
        </label>
      )}
      {pending ? (
        <div className="notice warn stack" role="alertdialog" aria-label={d.mergeConfirmTitle}>
          <div>{d.mergeSummary(name, pending.name, pending.group)}</div>
          {pending.group !== group ? <div>{d.mergeAcrossGroups(group, pending.group)}</div> : null}
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onChange(setEntry(decisions, entryKey, { mergeIntoId: pending.id, name: undefined, alias: undefined }));
                setPending(null);
              }}
            >
              {d.mergeConfirm}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {d.mergeCancel}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
