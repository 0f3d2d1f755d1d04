"use client";
// The one confirmation of the review's bigger decisions (a merge, a move
// across groups): what will change, in plain text, then confirm or cancel.
// It takes the focus when it opens, on 取消 (the choice that changes nothing),
// which also brings it into view when the control that opened it sat low.
import type { ReactNode } from "react";
import { messages } from "~/lib/messages";

export interface ConfirmChangeProps {
  /** the dialog's name, e.g. 确认合并 */
  title: string;
  /** what will change, one line each (text: report content is never HTML) */
  lines: readonly ReactNode[];
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmChange({ title, lines, confirmLabel, onConfirm, onCancel }: ConfirmChangeProps) {
  return (
    <div className="notice warn stack" role="alertdialog" aria-label={title}>
      {lines.map((line, i) => (line === null || line === false ? null : <div key={i}>{line}</div>))}
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {messages.reviewDesk.mergeCancel}
        </button>
      </div>
    </div>
  );
}
