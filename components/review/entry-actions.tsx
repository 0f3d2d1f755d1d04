"use client";
// What the PM may decide about one entry of the report: rename it, add an
// alias, or merge it into an existing initiative (asked to confirm, saying
// what will change, and warned when the target is in another group), or move
// it to another group (移到分组…, confirmed the same way).
import { useState } from "react";
import { messages } from "~/lib/messages";
import type { ReviewDecisions } from "~/server/tracking/types";
import { ConfirmChange } from "./confirm-change";
import { entryOf, groupChoices, groupMoveOf, setEntry, setGroupMove } from "./decisions";

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
  /** the groups the initiative may move to: the report's and the department's */
  groups?: readonly string[];
  /** the group the initiative is in now (a known one's may differ from the report's); the report's when absent */
  currentGroup?: string;
  onChange: (decisions: ReviewDecisions) => void;
}

export function EntryActions({ entryKey, name, group, decisions, initiatives, groups = [], currentGroup, onChange }: EntryActionsProps) {
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
        <ConfirmChange
          title={d.mergeConfirmTitle}
          lines={[
            d.mergeSummary(name, pending.name, pending.group),
            pending.group !== group ? d.mergeAcrossGroups(group, pending.group) : null,
          ]}
          confirmLabel={d.mergeConfirm}
          onConfirm={() => {
            onChange(setEntry(decisions, entryKey, { mergeIntoId: pending.id, name: undefined, alias: undefined, group: undefined }));
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {mergedInto ? null : (
        <GroupMove
          entryKey={entryKey}
          name={decision.name?.trim() || name}
          currentGroup={currentGroup ?? group}
          groups={groups}
          decisions={decisions}
          onChange={onChange}
        />
      )}
    </div>
  );
}

interface GroupMoveProps {
  entryKey: string;
  name: string;
  currentGroup: string;
  groups: readonly string[];
  decisions: ReviewDecisions;
  onChange: (decisions: ReviewDecisions) => void;
}

/** 移到分组…: the entry's initiative (new or known) ends in another group, once the PM confirms. */
function GroupMove({ entryKey, name, currentGroup, groups, decisions, onChange }: GroupMoveProps) {
  const [pending, setPending] = useState<string | null>(null);
  const moved = groupMoveOf(decisions, entryKey);
  const choices = groupChoices(groups, currentGroup);
  if (moved !== undefined)
    return (
      <div className="row">
        <span className="tag info">{d.movedGroup(moved)}</span>
        <button type="button" onClick={() => onChange(setGroupMove(decisions, entryKey, undefined))}>
          {d.undoMoveGroup}
        </button>
      </div>
    );
  if (choices.length === 0) return null;
  return (
    <>
      <label>
        {d.moveGroup}
        <select aria-label={d.moveGroup} value="" onChange={(e) => setPending(e.target.value || null)}>
          <option value="">{d.moveGroupNone}</option>
          {choices.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      {pending ? (
        <ConfirmChange
          title={d.moveGroupConfirmTitle}
          lines={[d.moveGroupSummary(name, currentGroup, pending)]}
          confirmLabel={d.moveGroupConfirm}
          onConfirm={() => {
            onChange(setGroupMove(decisions, entryKey, pending));
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
