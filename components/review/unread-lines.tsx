"use client";
import { messages } from "~/lib/messages";
import type { UnreadLine } from "~/server/extract/types";
import { groupUnread } from "./extraction-notes";

const r = messages.review;

/** 未识别: the lines the extractor saw but did not turn into anything (ExtractionResult.unread), collapsed; nothing when none. */
export function UnreadLines({ unread }: { unread: readonly UnreadLine[] | undefined }) {
  const groups = groupUnread(unread);
  if (groups.length === 0) return null;
  const count = groups.reduce((n, g) => n + g.lines.length, 0);
  return (
    <details className="review-entry card review-unread" aria-label={r.unreadHeading}>
      <summary className="review-entry-head">
        <strong>{r.unreadHeading}</strong> <span className="muted small">{r.unreadCount(count)}</span>
      </summary>
      {groups.map((group) => (
        <section key={group.reason} className="stack small" data-reason={group.reason}>
          <h3 className="small">{group.label}</h3>
          <ul className="unread-lines">
            {group.lines.map((line) => (
              <li key={line.line}>
                <span className="muted change-line">{r.line(line.line)}</span> <span className="unread-text">{line.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
