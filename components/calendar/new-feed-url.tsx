"use client";
// The link just made, shown once, with 复制.
import { type JSX, useState } from "react";
import { messages } from "~/lib/messages";

const m = messages.calendar;

export function NewFeedUrl({ url }: { url: string }): JSX.Element {
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice" role="status">
      <label className="stack">
        <span>{m.newUrl}</span>
        <span className="row">
          <input
            readOnly
            value={url}
            aria-label={m.newUrl}
            style={{ flex: 1, fontFamily: "monospace" }}
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(url).then(() => setCopied(true));
            }}
          >
            {copied ? m.copied : m.copy}
          </button>
        </span>
      </label>
    </div>
  );
}
