"use client";
// Asks for the optional reason of a change before it is saved. Not modal: it
// floats at the bottom of the window, so nothing under the chart moves.
import { useState } from "react";
import { messages } from "~/lib/messages";

const m = messages.edit;

export interface EditPromptProps {
  summary: string;
  saving?: boolean;
  /** also asks whether to reopen a done milestone; onSave then says what was chosen */
  askReopen?: boolean;
  onSave: (reason: string, reopen: boolean) => void;
  onCancel: () => void;
}

export function EditPrompt({ summary, saving = false, askReopen = false, onSave, onCancel }: EditPromptProps) {
  const [reason, setReason] = useState("");
  const [reopen, setReopen] = useState<boolean | null>(null);
  return (
    <form
      role="dialog"
      aria-label={m.dialog}
      className="edit-prompt card"
      onSubmit={(e) => {
        e.preventDefault();
        if (!askReopen || reopen !== null) onSave(reason, reopen === true);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <div className="edit-prompt-summary">{summary}</div>
      {askReopen ? <ReopenChoice value={reopen} onChange={setReopen} /> : null}
      <label className="field">
        <span>{m.reason}</span>
        <input
          type="text"
          autoFocus
          maxLength={500}
          placeholder={m.reasonPlaceholder}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={saving || (askReopen && reopen === null)}>
          {saving ? m.saving : m.save}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/** Reopen (back to planned) or keep done: no default, the user chooses. */
function ReopenChoice({ value, onChange }: { value: boolean | null; onChange: (reopen: boolean) => void }) {
  const e = messages.editing;
  return (
    <fieldset className="edit-prompt-reopen">
      <legend>{e.reopenQuestion}</legend>
      <label>
        <input type="radio" name="reopen" checked={value === true} onChange={() => onChange(true)} />
        {e.reopen}
      </label>
      <label>
        <input type="radio" name="reopen" checked={value === false} onChange={() => onChange(false)} />
        {e.keepDone}
      </label>
    </fieldset>
  );
}
