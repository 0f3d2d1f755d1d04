"use client";
// The change set of a preview, compact: counts per kind (each a filter), one
// card per report entry with its changes, and what may be decided about an
// entry or a change on demand. Other controls mount through the two slots.
import { type ReactNode, useState } from "react";
import type { SourceLine } from "~/server/extract/types";
import { messages } from "~/lib/messages";
import type { Change, ChangeKind, ChangeSet, ReviewDecisions } from "~/server/tracking/types";
import { ChangeRow } from "./change-row";
import { entryOf, type EntryOption, groupMoveOf, isRejected } from "./decisions";
import { EntryActions, type ExistingInitiative } from "./entry-actions";
import { ReviewSummary } from "./review-summary";

export type { ExistingInitiative };
const r = messages.review;
const d = messages.reviewDesk;

/** One entry of the report as the slots see it. */
export interface ReviewEntry {
  index: number;
  entryKey: string;
  name: string;
  group: string;
  source: SourceLine;
}

export interface ChangeReviewProps {
  changeSet: ChangeSet;
  /** changes the PM rejected that the latest preview no longer lists */
  rejectedChanges: Change[];
  decisions: ReviewDecisions;
  initiatives: ExistingInitiative[];
  onChange: (decisions: ReviewDecisions) => void;
  /** slot: more actions for one entry, shown with its 修改条目… controls */
  renderEntryActions?: (entry: ReviewEntry) => ReactNode;
  /** slot: more actions for one change's source line, shown with its 修改… controls */
  renderLineActions?: (change: Change, entry: ReviewEntry | null) => ReactNode;
  /** a change's source line was clicked */
  onSource?: (line: number) => void;
  /** the line picked in the text beside: the changes read from it, and its entry, are marked */
  markedLine?: number | null;
}

export function ChangeReview(props: ChangeReviewProps) {
  const { changeSet, rejectedChanges, decisions, onChange } = props;
  const [filter, setFilter] = useState<ChangeKind | null>(null);
  const shownIds = new Set(changeSet.changes.map((c) => c.id));
  const all = [...changeSet.changes, ...rejectedChanges.filter((c) => !shownIds.has(c.id))];
  const byEntry = new Map<number, Change[]>();
  const silent: Change[] = [];
  for (const c of all) {
    if (filter !== null && c.kind !== filter) continue;
    if (c.entry === null) silent.push(c);
    else byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c]);
  }
  // the group each entry's initiative is in now (a known one's, else the report's) and ends in (移到分组…)
  const knownGroup = new Map(props.initiatives.map((i) => [i.id, i.group]));
  const initiativeOf = new Map(
    changeSet.changes.flatMap((c) => (c.entryKey !== null && c.initiativeId !== null ? [[c.entryKey, c.initiativeId] as const] : [])),
  );
  const groupNow = (entryKey: string, reported: string) => knownGroup.get(initiativeOf.get(entryKey) ?? -1) ?? reported;
  const groups = [...changeSet.extraction.entries.map((e) => e.group), ...props.initiatives.map((i) => i.group)];
  const entryOptions: EntryOption[] = changeSet.extraction.entries.map((e, index) => {
    const key = changeSet.entryKeys[index] ?? "";
    return { key, name: e.initiative, group: groupMoveOf(decisions, key) ?? groupNow(key, e.group) };
  });
  const entryAt = (index: number): ReviewEntry | null => {
    const e = changeSet.extraction.entries[index];
    return e ? { index, entryKey: changeSet.entryKeys[index] ?? "", name: e.initiative, group: e.group, source: e.source } : null;
  };
  const row = (c: Change, entry: ReviewEntry | null, above?: Change) => (
    <ChangeRow
      key={c.id}
      showSource={above?.source?.line !== c.source?.line}
      change={c}
      decisions={decisions}
      onChange={onChange}
      entries={entry ? entryOptions : undefined}
      actions={props.renderLineActions?.(c, entry) ?? undefined}
      onSource={props.onSource}
      marked={c.source !== null && c.source.line === props.markedLine}
    />
  );
  return (
    <div className="review">
      <ReviewSummary changes={changeSet.changes} filter={filter} onFilter={setFilter} />
      {[...byEntry.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, changes]) => {
          const entry = entryAt(index);
          return entry ? (
            <EntryCard
              key={entry.entryKey}
              {...props}
              entry={entry}
              changes={changes}
              groups={groups}
              currentGroup={groupNow(entry.entryKey, entry.group)}
            >
              {changes.map((c, i) => row(c, entry, changes[i - 1]))}
            </EntryCard>
          ) : null;
        })}
      {silent.length > 0 ? (
        <details className="review-entry card">
          <summary className="review-entry-head">
            <strong>{r.silentHeading}</strong> <span className="muted small">{r.silentCount(silent.length)}</span>
          </summary>
          <ul className="change-list">{silent.map((c) => row(c, null))}</ul>
        </details>
      ) : null}
    </div>
  );
}

function EntryCard({
  entry,
  changes,
  decisions,
  initiatives,
  onChange,
  renderEntryActions,
  markedLine,
  groups,
  currentGroup,
  children,
}: ChangeReviewProps & { entry: ReviewEntry; changes: Change[]; groups: string[]; currentGroup: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const first = changes[0];
  const isNew = changes.some((c) => c.kind === "new_initiative");
  const dropped = changes.some((c) => c.kind === "new_initiative" && isRejected(decisions, c));
  const decided = Object.keys(entryOf(decisions, entry.entryKey)).length > 0;
  return (
    <section
      className={entry.source.line === markedLine ? "review-entry card marked" : "review-entry card"}
      data-entry={entry.index}
      data-entry-key={entry.entryKey}
    >
      <header className="review-entry-head">
        <span className="muted small">【{first?.group ?? entry.group}】</span>
        <strong>{first?.initiativeName ?? entry.name}</strong>
        {isNew ? <span className="tag new">{r.kinds.new_initiative}</span> : <span className="tag">{r.existing}</span>}
        {first && first.initiativeName !== entry.name ? <span className="muted small">{r.renamedFrom(entry.name)}</span> : null}
        {dropped ? <span className="tag danger">{r.entryNotImported}</span> : null}
        {decided ? <span className="tag info">{d.decisionKinds.entry}</span> : null}
        <button type="button" className="small link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? d.less : d.entryActions}
        </button>
      </header>
      {open ? (
        <>
          <EntryActions
            entryKey={entry.entryKey}
            name={entry.name}
            group={entry.group}
            decisions={decisions}
            initiatives={initiatives}
            groups={groups}
            currentGroup={currentGroup}
            onChange={onChange}
          />
          {renderEntryActions?.(entry)}
        </>
      ) : null}
      <ul className="change-list">{children}</ul>
    </section>
  );
}
