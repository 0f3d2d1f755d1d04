"use client";
// The link just made, shown once, with 复制.
import { type JSX, useState } from "react";
import { messages } from "~/lib/messages";

const m = messages.calendar;

export function NewFeedUrl({ url }: { url: string }): JSX.Element {
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice" role="status">
      <label htmlFor="new-calendar-feed-url">{m.newUrl}</label>
      <div className="row" style={{ marginTop: 8 }}>
        <input
          id="new-calendar-feed-url"
          readOnly
          value={url}
          style={{ flex: "1 1 40em", fontFamily: "monospace" }}
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
      </div>
    </div>
  );
}
