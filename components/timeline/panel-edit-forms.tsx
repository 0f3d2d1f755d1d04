"use client";
// In-place editing in the initiative panel: the initiative's name, group,
// status and progress; a milestone's title, date, state and initiative. Each
// with a reason.
import { type FormEvent, useState } from "react";
import { InitiativeStatuses } from "~/lib/domain/initiative-status";
import type { MilestoneState } from "~/lib/domain/milestone-state";
import { messages } from "~/lib/messages";
import type { InitiativeDetail, MilestoneDetail } from "~/server/tracking/types";
import type { EditRequest, InitiativeChanges, MilestoneChanges, SaveEdit } from "./edit-request";

const m = messages.initiative;

/** the state picker offers done last; MilestoneStates.values lists it second */
const STATE_OPTIONS: readonly MilestoneState[] = ["planned", "at_risk", "done"];

/** Only the fields that differ from `before`; null when none does. */
function diff<T extends object>(next: T, before: T): Partial<T> | null {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) if (next[key] !== before[key]) out[key] = next[key];
  return Object.keys(out).length ? out : null;
}

/**
 * A panel form's values, reason and saving state. `request` turns the changed
 * fields into the edit to save; the form closes once it is saved.
 */
function usePanelForm<T extends object>(
  before: T,
  onSave: SaveEdit,
  onDone: () => void,
  request: (changes: Partial<T>, values: T) => EditRequest,
) {
  const [values, setValues] = useState(before);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const changes = diff(values, before);
    if (!changes) return setError(m.noChange);
    setBusy(true);
    const ok = await onSave(request(changes, values), reason);
    setBusy(false);
    if (ok) onDone();
  };
  return { values, setValues, reason, setReason, busy, error, submit };
}

/** The reason field, save and cancel, and the form's message. */
function ReasonAndActions({
  form,
  onCancel,
}: {
  form: { reason: string; setReason: (r: string) => void; busy: boolean; error: string | null };
  onCancel: () => void;
}) {
  return (
    <>
      <label>
        {m.reason}
        <input type="text" value={form.reason} maxLength={500} onChange={(e) => form.setReason(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={form.busy}>
        {m.save}
      </button>
      <button type="button" onClick={onCancel} disabled={form.busy}>
        {m.cancel}
      </button>
      {form.error ? (
        <span className="inline-notice error" role="status">
          {form.error}
        </span>
      ) : null}
    </>
  );
}

export function InitiativeEditForm({ detail, onSave, onDone }: { detail: InitiativeDetail; onSave: SaveEdit; onDone: () => void }) {
  const before: InitiativeChanges = {
    name: detail.name,
    groupName: detail.group,
    owner: detail.owner ?? "",
    status: detail.status,
    progress: detail.progress,
  };
  const form = usePanelForm(before, onSave, onDone, (changes) => {
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof InitiativeChanges]])) as InitiativeChanges;
    return {
      entity: "initiative",
      id: detail.id,
      version: detail.version,
      summary: messages.edit.initiativeFields(detail.name),
      changes,
      previous,
    };
  });
  const { values: v, setValues: setV } = form;
  return (
    <form className="panel-form row" aria-label={m.editInitiative} onSubmit={form.submit}>
      <label>
        {m.name}
        <input type="text" value={v.name} maxLength={200} onChange={(e) => setV({ ...v, name: e.target.value })} />
      </label>
      <label>
        {m.group}
        <input type="text" value={v.groupName} maxLength={200} onChange={(e) => setV({ ...v, groupName: e.target.value })} />
      </label>
      <label>
        {messages.initiative.fields.owner}
        <input type="text" value={v.owner} maxLength={50} style={{ width: 96 }} onChange={(e) => setV({ ...v, owner: e.target.value })} />
      </label>
      <label>
        {m.status}
        <select value={v.status} onChange={(e) => setV({ ...v, status: e.target.value as InitiativeChanges["status"] })}>
          {InitiativeStatuses.values.map((s) => (
            <option key={s} value={s}>
              {messages.status[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.progress}
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          style={{ width: 72 }}
          value={v.progress ?? ""}
          onChange={(e) => setV({ ...v, progress: e.target.value === "" ? null : Math.min(100, Math.max(0, Number(e.target.value))) })}
        />
        %
      </label>
      <ReasonAndActions form={form} onCancel={onDone} />
    </form>
  );
}

export function MilestoneEditForm({
  milestone,
  initiative,
  targets,
  onSave,
  onDone,
}: {
  milestone: MilestoneDetail;
  initiative: InitiativeDetail;
  targets: MergeTarget[];
  onSave: SaveEdit;
  onDone: () => void;
}) {
  const before: MilestoneChanges = { date: milestone.date, state: milestone.state, title: milestone.title, initiativeId: initiative.id };
  const form = usePanelForm(before, onSave, onDone, (changes, v) => {
    const only = Object.keys(changes);
    const summary =
      only.length === 1 && changes.date
        ? messages.edit.milestoneDate(milestone.title, milestone.date, changes.date)
        : only.length === 1 && changes.state
          ? messages.edit.milestoneState(milestone.title, messages.state[milestone.state], messages.state[v.state ?? milestone.state])
          : messages.edit.milestoneFields(milestone.title);
    // a new date is one day (rangeStart follows), as in the chart
    const withRange: MilestoneChanges = changes.date ? { ...changes, rangeStart: changes.date } : changes;
    const previous: MilestoneChanges = {
      ...(changes.date ? { date: milestone.date, rangeStart: milestone.rangeStart } : {}),
      ...(changes.state ? { state: milestone.state } : {}),
      ...(changes.title ? { title: milestone.title } : {}),
      ...(changes.initiativeId ? { initiativeId: initiative.id } : {}),
    };
    return { entity: "milestone", id: milestone.id, version: milestone.version, summary, changes: withRange, previous };
  });
  const { values: v, setValues: setV } = form;
  return (
    <form className="panel-form row" aria-label={`${m.edit} ${milestone.title}`} onSubmit={form.submit}>
      <label>
        {m.title}
        <input type="text" required value={v.title} maxLength={200} onChange={(e) => setV({ ...v, title: e.target.value })} />
      </label>
      <label>
        {m.date}
        <input type="date" required value={v.date} onChange={(e) => setV({ ...v, date: e.target.value })} />
      </label>
      <label>
        {m.state}
        <select value={v.state} onChange={(e) => setV({ ...v, state: e.target.value as MilestoneChanges["state"] })}>
          {STATE_OPTIONS.map((s) => (
            <option key={s} value={s}>
              {messages.state[s]}
            </option>
          ))}
        </select>
      </label>
      {targets.length > 1 ? (
        <label>
          {m.moveTo}
          <select value={v.initiativeId} onChange={(e) => setV({ ...v, initiativeId: Number(e.target.value) })}>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.group} · {t.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ReasonAndActions form={form} onCancel={onDone} />
    </form>
  );
}

export interface MergeTarget {
  id: number;
  name: string;
  group: string;
}

/** Merges this initiative into another (its reports, milestones and names move over). */
export function MergeForm({
  detail,
  targets,
  onMerge,
}: {
  detail: InitiativeDetail;
  targets: MergeTarget[];
  onMerge: (targetId: number, reason: string | null) => Promise<boolean>;
}) {
  const [target, setTarget] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    setBusy(true);
    await onMerge(Number(target), reason.trim() || null);
    setBusy(false);
  };
  return (
    <form className="panel-form row" aria-label={m.mergeInto} onSubmit={submit}>
      <label>
        {m.mergeInto}
        <select value={target} onChange={(e) => setTarget(e.target.value)} required>
          <option value="">{m.mergePick}</option>
          {targets
            .filter((t) => t.id !== detail.id)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.group} · {t.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {m.reason}
        <input type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !target}>
        {m.merge}
      </button>
      <span className="muted small">{m.mergeHint}</span>
    </form>
  );
}
