"use client";
// Asks for the optional reason of a change before it is saved. Not modal: it
// floats at the bottom of the window, so nothing under the chart moves.
import { useState } from "react";
import { messages } from "~/lib/messages";

const m = messages.edit;

export interface EditPromptProps {
  summary: string;
  saving?: boolean;
  onSave: (reason: string) => void;
  onCancel: () => void;
}

export function EditPrompt({ summary, saving = false, onSave, onCancel }: EditPromptProps) {
  const [reason, setReason] = useState("");
  return (
    <form
      role="dialog"
      aria-label={m.dialog}
      className="edit-prompt card"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(reason);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <div className="edit-prompt-summary">{summary}</div>
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
        <button type="submit" className="primary" disabled={saving}>
          {saving ? m.saving : m.save}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
