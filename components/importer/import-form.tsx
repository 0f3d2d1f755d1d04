"use client";
import { type ClipboardEvent, type DragEvent, useState } from "react";
import { messages } from "~/lib/messages";
import type { InputLimits, ReportFile } from "~/lib/report-input";
import { readReportFiles } from "~/lib/report-input/read-report-files";
import { pastedText } from "./pasted-text";

const m = messages.importer;

export interface ImportFormProps {
  text: string;
  referenceDate: string;
  disabled?: boolean;
  /** how much may be read at once (the server's IMPORT_MAX_* settings) */
  limits: InputLimits;
  onText: (text: string) => void;
  /** the name of a file that was read: it goes along with the text (it may date the report) */
  onFileName?: (name: string) => void;
  onReferenceDate: (date: string) => void;
  /** several files, or a .zip, were chosen: the batch import takes them */
  onBatch: (files: ReportFile[]) => void;
}

/** Paste area (rich paste as Markdown), file upload or drop (any encoding, .docx, .xlsx, many files, .zip) and the optional report date. */
export function ImportForm({ text, referenceDate, disabled, limits, onText, onFileName, onReferenceDate, onBatch }: ImportFormProps) {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [rich, setRich] = useState(true);

  async function onFiles(list: FileList | null | undefined) {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0 || disabled) return;
    const inputs = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const read = await readReportFiles(inputs, limits);
    if (!read.ok) return setNotice({ ok: false, text: read.message });
    const [only] = read.files;
    // several files, a .zip, or a workbook of several sheets: a report each
    if (chosen.length > 1 || read.files.length !== 1 || /\.zip$/i.test(chosen[0]!.name) || !only) {
      setNotice(null);
      return onBatch(read.files);
    }
    if (!only.ok) return setNotice({ ok: false, text: m.fileRefused(only.name, only.message) });
    onText(only.text);
    onFileName?.(only.name);
    setNotice({ ok: true, text: m.fileLoaded(only.name, m.readAs(only)) });
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    if (!rich) return;
    const pasted = pastedText(event.clipboardData.getData("text/html"), event.clipboardData.getData("text/plain"));
    if (!pasted.converted) return;
    event.preventDefault();
    const area = event.currentTarget;
    onText(text.slice(0, area.selectionStart) + pasted.text + text.slice(area.selectionEnd));
    setNotice({ ok: true, text: m.pastedRich });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    void onFiles(event.dataTransfer.files);
  }

  return (
    <div className="import-form stack" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <label className="field">
        <span>{m.textLabel}</span>
        <textarea
          name="report"
          value={text}
          placeholder={m.textPlaceholder}
          disabled={disabled}
          spellCheck={false}
          onPaste={onPaste}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      <label className="small">
        <input type="checkbox" name="richPaste" checked={rich} onChange={(e) => setRich(e.target.checked)} /> {m.richPaste}
      </label>
      <div className="row">
        <label>
          {m.fileLabel}
          <input
            type="file"
            name="file"
            multiple
            accept=".md,.markdown,.txt,.docx,.xlsx,.zip,text/markdown,text/plain"
            disabled={disabled}
            onChange={(e) => {
              void onFiles(e.target.files);
              e.target.value = "";
            }}
          />
          <span className="muted small">{m.dropHint}</span>
        </label>
        <label title={m.reportDateHint}>
          {m.reportDate}
          <input
            type="date"
            name="referenceDate"
            value={referenceDate}
            disabled={disabled}
            onChange={(e) => onReferenceDate(e.target.value)}
          />
          <span className="muted small">{m.reportDateHint}</span>
        </label>
      </div>
      {notice ? (
        <div className={`notice ${notice.ok ? "ok" : "error"}`} role={notice.ok ? "status" : "alert"}>
          {notice.text}
        </div>
      ) : null}
    </div>
  );
}
