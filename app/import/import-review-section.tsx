"use client";
// The review of one preview: what was read (week, date, department), the target
// department, the layout corrections and the change set beside the report text.
// Every correction asks the page for a new preview; nothing here writes.
import type { Ref } from "react";
import { ChangeReview, type ExistingInitiative } from "~/components/review/change-review";
import { addMilestone } from "~/components/review/decisions";
import { EarlierDecisionsNotice } from "~/components/review/earlier-decisions-notice";
import { EntryMilestoneActions } from "~/components/review/entry-milestone-actions";
import { reportDateWithSource } from "~/components/review/extraction-notes";
import type { KnownMilestoneOption } from "~/components/review/map-milestone";
import { MilestoneLineActions } from "~/components/review/milestone-line-actions";
import { ReviewBesideText } from "~/components/review/review-beside-text";
import { StructureActions } from "~/components/review/structure-actions";
import { StructurePanel } from "~/components/review/structure-panel";
import { UnreadLineMilestone } from "~/components/review/unread-line-milestone";
import { UnreadLines } from "~/components/review/unread-lines";
import type { ProfileCorrection } from "~/lib/layout-profile/layout-profile";
import { addCorrection } from "~/lib/layout-profile/rule-slot";
import type { AddedMilestone, Change, ChangeSet, ReviewDecisions } from "~/server/tracking/types";
import { messages } from "../../lib/messages";

const m = messages.importer;
const countDecisions = (d: ReviewDecisions) =>
  (d.rejected?.length ?? 0) +
  (d.keepManual?.length ?? 0) +
  Object.keys(d.entries ?? {}).length +
  Object.keys(d.milestoneFixes ?? {}).length +
  Object.keys(d.milestoneMoves ?? {}).length +
  (d.addedMilestones?.length ?? 0) +
  Object.keys(d.milestoneMaps ?? {}).length;

/** What a new preview changes: another department, other corrections, decisions to plan with at once. */
export interface PreviewOptions {
  departmentId?: number;
  corrections?: ProfileCorrection[];
  decisions?: ReviewDecisions;
}

export interface ImportReviewSectionProps {
  ref?: Ref<HTMLElement>;
  changeSet: ChangeSet;
  /** the text the preview was made of (the text box may have changed since) */
  text: string;
  rejectedChanges: Change[];
  decisions: ReviewDecisions;
  onDecisions: (next: ReviewDecisions) => void;
  corrections: ProfileCorrection[];
  remember: boolean;
  onRemember: (remember: boolean) => void;
  busy: boolean;
  /** the departments the report may go into */
  departments: { id: number; name: string }[];
  initiatives: ExistingInitiative[];
  /** what a new milestone may be mapped onto: the known milestones per initiative */
  milestonesOf: ReadonlyMap<number, readonly KnownMilestoneOption[]>;
  onPreview: (options?: PreviewOptions) => void;
}

export function ImportReviewSection(props: ImportReviewSectionProps) {
  const { ref, changeSet, text, rejectedChanges, decisions, onDecisions, corrections, remember, onRemember, busy } = props;
  const { departments, initiatives, milestonesOf, onPreview } = props;
  // a milestone correction re-plans at once; remembering its event word is a correction of the profile
  const correctMilestones = (next: ReviewDecisions, eventWord: string | null = null) =>
    onPreview({
      decisions: next,
      ...(eventWord ? { corrections: [...corrections, { kind: "eventWord" as const, match: eventWord, value: "" }] } : {}),
    });
  const reportLines = text.split("\n");
  const addMilestoneFrom = (added: AddedMilestone, word: string | null) => correctMilestones(addMilestone(decisions, added), word);
  const extraEvents = [...corrections, ...(changeSet.extraction.firedRules ?? [])]
    .filter((c) => c.kind === "eventWord")
    .map((c) => c.match);
  return (
    <section className="stack" aria-label={messages.review.heading} ref={ref}>
      <h2>{messages.review.heading}</h2>
      <p className="muted">
        {m.summary(changeSet.week, reportDateWithSource(changeSet.reportDate, changeSet.extraction.reportDateSource))}
        {changeSet.department ? ` · ${m.department(changeSet.department)}` : null} ·{" "}
        {messages.review.changesCount(changeSet.changes.length)}
      </p>
      <label className="toolbar">
        {m.targetDepartment}
        <select
          value={changeSet.departmentId}
          disabled={busy}
          // another department plans against other initiatives: the decisions made here no longer apply
          onChange={(e) => onPreview({ departmentId: Number(e.target.value) })}
        >
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {changeSet.mode === "same" ? <div className="notice info">{m.modeSame}</div> : null}
      {changeSet.mode === "replace" ? <div className="notice warn">{m.modeReplace}</div> : null}
      {changeSet.mode !== "same" && changeSet.changes.length === 0 ? <div className="notice info">{m.noChanges}</div> : null}
      {changeSet.lostDecisions ? (
        <EarlierDecisionsNotice kept={countDecisions(changeSet.decisions)} lost={changeSet.lostDecisions} />
      ) : null}
      <ReviewBesideText text={text} extraction={changeSet.extraction} changes={[...changeSet.changes, ...rejectedChanges]}>
        {(view) => (
          <>
            <StructurePanel
              corrections={corrections}
              fired={changeSet.extraction.firedRules ?? []}
              remember={remember}
              disabled={busy}
              onCorrections={(next) => onPreview({ corrections: next })}
              onRemember={onRemember}
            />
            <ChangeReview
              renderEntryActions={(entry) => {
                const extracted = changeSet.extraction.entries[entry.index];
                const add = (c: ProfileCorrection) => onPreview({ corrections: addCorrection(corrections, c) });
                return extracted ? (
                  <>
                    <StructureActions entry={extracted} reportLines={reportLines} disabled={busy} onCorrect={add} />
                    <EntryMilestoneActions
                      entryKey={entry.entryKey}
                      entry={extracted}
                      reportLines={reportLines}
                      extraEvents={extraEvents}
                      decisions={decisions}
                      disabled={busy}
                      onDecisions={correctMilestones}
                    />
                  </>
                ) : null;
              }}
              renderLineActions={(change, entry) =>
                entry === null ? null : (
                  <MilestoneLineActions
                    change={change}
                    entry={changeSet.extraction.entries[entry.index] ?? null}
                    milestonesOf={milestonesOf}
                    extraEvents={extraEvents}
                    decisions={decisions}
                    disabled={busy}
                    onDecisions={(next) => correctMilestones(next)}
                    onAdd={addMilestoneFrom}
                  />
                )
              }
              changeSet={changeSet}
              rejectedChanges={rejectedChanges}
              decisions={decisions}
              initiatives={initiatives}
              onChange={onDecisions}
              markedLine={view.markedLine}
              onSource={view.onSource}
            />
            <UnreadLines
              unread={changeSet.extraction.unread}
              // the same text again imports nothing: there is nothing to add to
              renderActions={
                changeSet.mode === "same"
                  ? undefined
                  : (line) => (
                      <UnreadLineMilestone
                        line={line}
                        entries={changeSet.extraction.entries}
                        entryKeys={changeSet.entryKeys}
                        extraEvents={extraEvents}
                        disabled={busy}
                        onAdd={addMilestoneFrom}
                      />
                    )
              }
            />
          </>
        )}
      </ReviewBesideText>
    </section>
  );
}
