"use client";
import type { ViewMode } from "~/lib/domain/view-mode";
import { messages } from "~/lib/messages";

export function ViewModeSwitch({
  value,
  modes,
  onChange,
}: {
  value: ViewMode;
  modes: readonly ViewMode[];
  onChange: (mode: ViewMode) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={messages.timeline.viewMode}>
      {modes.map((mode) => (
        <button key={mode} type="button" aria-pressed={mode === value} onClick={() => onChange(mode)}>
          {messages.timeline.viewModes[mode]}
        </button>
      ))}
    </div>
  );
}
