"use client";
// 撤销 / 重做 of the session's edits, with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y
// anywhere on the page except in a field being typed in.
import { useEffect, useRef } from "react";
import { messages } from "~/lib/messages";
import { historyKeyOf } from "./undo-keys";

export interface UndoRedoButtonsProps {
  /** the summaries of the next undo and redo, null when there is none */
  undo: string | null;
  redo: string | null;
  /** a save is under way, or a dialog is open */
  disabled: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

export function UndoRedoButtons({ undo, redo, disabled, onUndo, onRedo }: UndoRedoButtonsProps) {
  const latest = useRef({ undo, redo, disabled, onUndo, onRedo });
  useEffect(() => {
    latest.current = { undo, redo, disabled, onUndo, onRedo };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { key, ctrlKey, metaKey, shiftKey, altKey } = e;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const step = historyKeyOf({ key, ctrlKey, metaKey, shiftKey, altKey, target });
      const now = latest.current;
      if (!step || now.disabled || now[step] === null) return;
      e.preventDefault();
      if (step === "undo") now.onUndo();
      else now.onRedo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <span className="row undo-redo">
      <button
        type="button"
        className="small"
        title={undo === null ? messages.editing.nothingToUndo : messages.editing.undoTitle(undo)}
        disabled={disabled || undo === null}
        onClick={onUndo}
      >
        {messages.edit.undo}
      </button>
      <button
        type="button"
        className="small"
        title={redo === null ? undefined : messages.editing.redoTitle(redo)}
        disabled={disabled || redo === null}
        onClick={onRedo}
      >
        {messages.editing.redo}
      </button>
    </span>
  );
}
