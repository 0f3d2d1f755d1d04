// Pure: what importing one extracted report means against what is known, with
// the PM's review decisions applied. The change set shown in the review and
// the writes of the commit both come from this one plan.
import type {
  ExtractedCompletion,
  ExtractedEntry,
  ExtractedMilestone,
  ExtractionResult,
  MilestoneState,
  Precision,
  SourceLine,
} from "../../extract/types";
import {
  completionChange,
  completionKeys,
  entryKeys,
  newInitiativeChange,
  progressChange,
  reportedMilestoneChange,
  reportedMilestoneKeys,
  reportedStateChange,
  silentChange,
  statusChange,
} from "./change-id";
import type { KnownMilestone, KnownState } from "./known-state";
import { matchInitiative } from "./match-initiative";
import { findMilestoneByKey, milestoneKey } from "./milestone-key";
import { pairMilestones } from "./pair-milestones";
import { addedMilestonesByEntry, type NamedMilestone } from "./added-milestones";
import { mappedMilestone } from "./milestone-maps";
import { messages } from "../../../lib/messages";
import { normalizeName } from "../derive/normalize-name";
import type { Change, InitiativeStatus, ReviewDecisions } from "../types";

export interface PlannedObservation {
  title: string;
  key: string;
  date: string;
  rangeStart: string;
  precision: Precision;
  state: MilestoneState;
  statedBaseline: string | null;
  reason: string | null;
  source: SourceLine;
}

export interface PlannedMilestone {
  /** an existing milestone, or null to create one */
  milestoneId: number | null;
  observation: PlannedObservation;
  /** the PM keeps a manual value over this report's: re-assert it after the report */
  keepManual: boolean;
}

export interface PlannedEntry {
  entry: number;
  /** an existing initiative, or null to create `name` in `groupName` */
  initiativeId: number | null;
  name: string;
  groupName: string;
  /** names under which later reports should find this initiative */
  aliasNames: string[];
  /** the PM renames the known initiative to `name` (its old name stays an alias) */
  rename: boolean;
  /** the PM moved the initiative to `groupName` (移到分组…): the group it was in (known) or the report gave it (new); null when not moved */
  groupMovedFrom: string | null;
  progress: number | null;
  status: InitiativeStatus;
  keepManualProgress: boolean;
  entryData: ExtractedEntry;
  milestones: PlannedMilestone[];
}

/** What every change of one entry shares. */
type ChangeContext = Pick<Change, "entry" | "entryKey" | "initiativeId" | "initiativeName" | "group" | "source">;

export interface ImportPlan {
  entries: PlannedEntry[];
  changes: Change[];
}

export function planImport(known: KnownState, extraction: ExtractionResult, decisions: ReviewDecisions = {}): ImportPlan {
  const rejected = new Set(decisions.rejected ?? []);
  const keepManual = new Set(decisions.keepManual ?? []);
  const changes: Change[] = [];
  const entries: PlannedEntry[] = [];
  const seen = new Set<number>();
  const keys = entryKeys(extraction.entries);
  const milestonesOf = movedMilestones(extraction, keys, decisions);

  extraction.entries.forEach((entry, index) => {
    const entryKey = keys[index]!;
    const decision = decisions.entries?.[entryKey] ?? {};
    // the initiative is found by what the report says; a group the PM moved it to (移到分组…) is where it ends
    const movedTo = decision.group?.trim() || null;
    const name = decision.name?.trim() || entry.initiative;
    const target =
      decision.mergeIntoId !== undefined
        ? (known.initiatives.find((i) => i.id === decision.mergeIntoId) ?? null)
        : (matchInitiative(known.initiatives, name, entry.group) ??
          (name !== entry.initiative ? matchInitiative(known.initiatives, entry.initiative, entry.group) : null));
    const groupBefore = target?.groupName ?? entry.group;
    const groupName = movedTo ?? groupBefore;
    const base: ChangeContext = {
      entry: index,
      entryKey,
      initiativeId: target?.id ?? null,
      initiativeName: target && !(decision.name?.trim() && decision.mergeIntoId === undefined) ? target.name : name,
      group: groupName,
      source: entry.source,
    };
    if (!target) {
      const change = newInitiativeChange(entryKey);
      changes.push({ ...base, ...change, kind: "new_initiative" });
      if (rejected.has(change.id)) return;
    } else seen.add(target.id);

    // a rename of the initiative the entry names; a name another initiative has already is that one (as before)
    const rename = Boolean(target && decision.mergeIntoId === undefined && decision.name?.trim() && target.name !== name);
    const planned: PlannedEntry = {
      entry: index,
      initiativeId: target?.id ?? null,
      name: rename ? name : (target?.name ?? name),
      groupName,
      aliasNames: [
        ...new Set([name, entry.initiative, ...(target ? [target.name] : []), ...(decision.alias?.trim() ? [decision.alias.trim()] : [])]),
      ],
      rename,
      groupMovedFrom: groupName !== groupBefore ? groupBefore : null,
      progress: null,
      status: entry.status ?? "active",
      keepManualProgress: false,
      entryData: entry,
      milestones: [],
    };

    if (entry.progress !== null && entry.progress !== target?.progress) {
      const change = progressChange(entryKey);
      const old = target?.progress ?? null;
      const conflict = Boolean(target?.progressManual);
      changes.push({
        ...base,
        ...change,
        kind: "progress_change",
        oldProgress: old,
        newProgress: entry.progress,
        regression: old !== null && entry.progress < old,
        conflict,
      });
      if (!rejected.has(change.id)) planned.progress = entry.progress;
      planned.keepManualProgress = conflict && keepManual.has(change.decisionKey);
    } else planned.progress = entry.progress;

    const oldStatus = target?.status ?? "active";
    const newStatus = nextStatus(oldStatus, entry.status);
    if (target && newStatus !== oldStatus) {
      const change = statusChange(entryKey);
      changes.push({ ...base, ...change, kind: "status_change", oldStatus, newStatus });
      if (rejected.has(change.id)) planned.status = oldStatus;
    }

    const knownMilestones = target?.milestones ?? [];
    const reported = (milestonesOf.get(index) ?? []).map((m) => {
      const corrected = applyFix(m.milestone, decisions.milestoneFixes?.[m.change.decisionKey]);
      return { ...m, corrected, key: milestoneKey(corrected.subject, corrected.event) };
    });
    // the PM's mappings first: a known milestone mapped onto is no longer free to pair with another
    const mappedTo = reported.map((r) =>
      mappedMilestone(knownMilestones, r.change.decisionKey, r.corrected.title, decisions.milestoneMaps),
    );
    const unmapped = reported.flatMap((_, k) => (mappedTo[k] ? [] : [k]));
    const paired = pairMilestones(
      unmapped.map((k) => ({ key: reported[k]!.key, date: reported[k]!.corrected.date, text: reported[k]!.corrected.source.text })),
      knownMilestones.filter((m) => !mappedTo.includes(m)),
    );
    for (const [k, { corrected, change, stateChange, key }] of reported.entries()) {
      const mapped = mappedTo[k] !== null;
      const match = mappedTo[k] ?? paired[unmapped.indexOf(k)] ?? null;
      // a mapped milestone's date moved: the line's reason, else plainly 改期
      const fixed = mapped && corrected.reason === null ? { ...corrected, reason: messages.milestoneCorrections.movedReason } : corrected;
      const observation: PlannedObservation = {
        // a mapped milestone keeps its name unless the PM gave it another
        title: match && mapped && !decisions.milestoneFixes?.[change.decisionKey]?.title ? match.title : fixed.title,
        key,
        date: fixed.date,
        rangeStart: fixed.rangeStart,
        precision: fixed.precision,
        state: fixed.state,
        statedBaseline: fixed.baselineDate,
        reason: fixed.reason,
        source: fixed.source,
      };
      const mBase = { ...base, ...change, source: fixed.source };
      if (!match) {
        changes.push({
          ...mBase,
          kind: "new_milestone",
          title: fixed.title,
          date: fixed.date,
          rangeStart: fixed.rangeStart,
          precision: fixed.precision,
          state: fixed.state,
          baselineDate: fixed.baselineDate,
        });
      } else {
        if (match.date !== fixed.date) {
          changes.push({
            ...mBase,
            kind: "date_change",
            milestoneId: match.id,
            title: match.title,
            oldDate: match.date,
            newDate: fixed.date,
            precision: fixed.precision,
            reason: fixed.reason,
            conflict: match.manual,
          });
        }
        if (match.state !== fixed.state) {
          changes.push({
            ...mBase,
            ...stateChange,
            kind: "state_change",
            milestoneId: match.id,
            title: match.title,
            oldState: match.state,
            newState: fixed.state,
            reason: fixed.reason,
            conflict: match.manual,
          });
        }
      }
      // A rejected change stays listed (the PM may take the rejection back); the plan keeps what is known instead.
      if (!match && rejected.has(change.id)) continue;
      if (match && rejected.has(change.id))
        Object.assign(observation, { date: match.date, rangeStart: match.rangeStart, precision: match.precision });
      if (match && rejected.has(stateChange.id)) observation.state = match.state;
      planned.milestones.push({
        milestoneId: match?.id ?? null,
        observation,
        keepManual: Boolean(match?.manual) && keepManual.has(change.decisionKey),
      });
    }
    const observedNow = new Set(planned.milestones.map((m) => m.milestoneId));
    const open = knownMilestones.filter((m) => m.state !== "done" && !observedNow.has(m.id));
    planned.milestones.push(...plannedCompletions(entryKey, entry, open, extraction.reportDate, base, changes, rejected));
    entries.push(planned);
  });

  for (const initiative of known.initiatives) {
    if (seen.has(initiative.id) || initiative.status === "done") continue;
    if (known.latestWeek && extraction.week < known.latestWeek) continue; // an older week says nothing about today
    changes.push({
      ...silentChange(initiative.id),
      kind: "silent",
      entry: null,
      entryKey: null,
      initiativeId: initiative.id,
      initiativeName: initiative.name,
      group: initiative.groupName,
      source: null,
      lastSeenWeek: initiative.lastSeenWeek,
    });
  }
  return { entries, changes };
}

function nextStatus(old: InitiativeStatus, stated: ExtractedEntry["status"]): InitiativeStatus {
  if (stated) return stated;
  return old === "paused" ? "active" : old;
}

function applyFix(
  m: ExtractedMilestone,
  fix: { date?: string; state?: ExtractedMilestone["state"]; title?: string } | undefined,
): ExtractedMilestone {
  if (!fix) return m;
  const dateChanged = fix.date !== undefined && fix.date !== m.date;
  return {
    ...m,
    title: fix.title?.trim() || m.title,
    state: fix.state ?? m.state,
    ...(dateChanged ? { date: fix.date!, rangeStart: fix.date!, precision: "day" as const } : {}),
  };
}

/**
 * Milestones per entry index, the PM's added ones after those reported, after
 * the PM's moves, each with the changes it is named by (those of the entry that reported it).
 */
function movedMilestones(extraction: ExtractionResult, keys: readonly string[], decisions: ReviewDecisions) {
  const byEntry = new Map<number, NamedMilestone[]>();
  const added = addedMilestonesByEntry(extraction, keys, decisions.addedMilestones ?? []);
  const place = (index: number, named: NamedMilestone) => {
    const to = decisions.milestoneMoves?.[named.change.decisionKey]?.toEntry;
    const found = to === undefined ? -1 : keys.indexOf(to);
    const target = found >= 0 ? found : index;
    byEntry.set(target, [...(byEntry.get(target) ?? []), named]);
  };
  extraction.entries.forEach((entry, index) => {
    const entryKey = keys[index]!;
    const milestoneKeys = reportedMilestoneKeys(entry.milestones);
    entry.milestones.forEach((milestone, k) => {
      const change = reportedMilestoneChange(entryKey, milestoneKeys[k]!);
      place(index, { milestone, change, stateChange: reportedStateChange(entryKey, milestoneKeys[k]!) });
    });
  });
  for (const [index, list] of added) for (const named of list) place(index, named);
  return byEntry;
}

/** The open milestone a dateless completion speaks of, if exactly one. */
export function matchCompletion<M extends { keys: readonly string[]; title: string }>(
  open: readonly M[],
  c: ExtractedCompletion,
): M | null {
  return findMilestoneByKey(open, milestoneKey(c.subject, c.event)) ?? sameWork(open, c.title);
}

/** Done by the report date at the latest; if it was due earlier, assume on time. */
export function completionObservation(
  m: { title: string; keys: readonly string[]; date: string; rangeStart: string; precision: Precision },
  c: ExtractedCompletion,
  reportDate: string,
): PlannedObservation {
  const date = m.date < reportDate ? m.date : reportDate;
  const rangeStart = m.rangeStart < date ? m.rangeStart : date;
  return {
    title: m.title,
    key: m.keys[0] ?? milestoneKey(c.subject, c.event),
    date,
    rangeStart,
    precision: m.precision,
    state: "done",
    statedBaseline: null,
    reason: null,
    source: c.source,
  };
}

/** The only milestone whose title holds the other's (`老加工链路盘点` / `老加工链路盘点完成`). */
function sameWork<M extends { title: string }>(known: readonly M[], title: string): M | null {
  const t = normalizeName(title);
  const hits = known.filter((m) => {
    const k = normalizeName(m.title);
    return Math.min(k.length, t.length) >= 4 && (k.includes(t) || t.includes(k));
  });
  return hits.length === 1 ? (hits[0] as M) : null;
}

/**
 * `老加工链路盘点完成` with no date: marks the open milestone it names done
 * (`known` holds only milestones this report does not date itself).
 */
function plannedCompletions(
  entryKey: string,
  entry: ExtractedEntry,
  known: readonly KnownMilestone[],
  reportDate: string,
  base: ChangeContext,
  changes: Change[],
  rejected: ReadonlySet<string>,
): PlannedMilestone[] {
  const planned: PlannedMilestone[] = [];
  const completions = entry.completions ?? [];
  const keys = completionKeys(completions);
  completions.forEach((c, k) => {
    const match = matchCompletion(known, c);
    if (!match) return;
    const change = completionChange(entryKey, keys[k]!);
    changes.push({
      ...base,
      ...change,
      source: c.source,
      kind: "state_change",
      milestoneId: match.id,
      title: match.title,
      oldState: match.state,
      newState: "done",
      reason: null,
      conflict: match.manual,
    });
    if (!rejected.has(change.id))
      planned.push({ milestoneId: match.id, keepManual: false, observation: completionObservation(match, c, reportDate) });
  });
  return planned;
}
