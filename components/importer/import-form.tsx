"use client";
import { useState } from "react";
import { messages } from "~/lib/messages";
import { decodeUpload } from "./decode-upload";

const m = messages.importer;

export interface ImportFormProps {
  text: string;
  referenceDate: string;
  disabled?: boolean;
  onText: (text: string) => void;
  /** the name of a file that was read: it goes along with the text (it may date the report) */
  onFileName?: (name: string) => void;
  onReferenceDate: (date: string) => void;
}

/** Paste area, file upload (strict UTF-8) and the optional report date. */
export function ImportForm({ text, referenceDate, disabled, onText, onFileName, onReferenceDate }: ImportFormProps) {
  const [fileNotice, setFileNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    const decoded = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    if (decoded.ok) {
      onText(decoded.text);
      onFileName?.(file.name);
      setFileNotice({ ok: true, text: m.fileLoaded(file.name) });
    } else setFileNotice({ ok: false, text: decoded.message });
  }

  return (
    <div className="import-form stack">
      <label className="field">
        <span>{m.textLabel}</span>
        <textarea
          name="report"
          value={text}
          placeholder={m.textPlaceholder}
          disabled={disabled}
          spellCheck={false}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      <div className="row">
        <label>
          {m.fileLabel}
          <input
            type="file"
            name="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            disabled={disabled}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
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
      {fileNotice ? (
        <div className={`notice ${fileNotice.ok ? "ok" : "error"}`} role={fileNotice.ok ? "status" : "alert"}>
          {fileNotice.text}
        </div>
      ) : null}
    </div>
  );
}
