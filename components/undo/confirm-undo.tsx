"use client";
import { useState } from "react";
import { messages } from "~/lib/messages";

const u = messages.undo;

export interface ConfirmUndoProps {
  /** 撤销本次导入 / 撤销合并 */
  button: string;
  /** what will be undone, asked before anything is written */
  question: string;
  pending: boolean;
  /** why the undo would be refused (a later write), shown instead of the button */
  blocked?: string | null;
  onConfirm: () => void;
}

/** An undo button that asks first, saying what will change. */
export function ConfirmUndo({ button, question, pending, blocked, onConfirm }: ConfirmUndoProps) {
  const [asking, setAsking] = useState(false);
  if (blocked) return <span className="muted small">{blocked}</span>;
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {button}
      </button>
    );
  return (
    <div className="notice warn stack" role="alertdialog" aria-label={button}>
      <div>{question}</div>
      <div className="row">
        <button
          type="button"
          className="danger"
          disabled={pending}
          onClick={() => {
            onConfirm();
          }}
        >
          {pending ? u.undoing : u.confirm}
        </button>
        <button type="button" disabled={pending} onClick={() => setAsking(false)}>
          {u.cancel}
        </button>
      </div>
    </div>
  );
}
