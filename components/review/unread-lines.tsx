"use client";
import type { ReactNode } from "react";
import { messages } from "~/lib/messages";
import type { SourceLine, UnreadLine } from "~/server/extract/types";
import { groupUnread } from "./extraction-notes";

const r = messages.review;

/**
 * 未识别: the lines the extractor saw but did not turn into anything (ExtractionResult.unread), collapsed; nothing when none.
 * `renderActions` adds what the PM can do with a line (补充里程碑…), once per line however many reasons list it.
 */
export function UnreadLines({
  unread,
  renderActions,
}: {
  unread: readonly UnreadLine[] | undefined;
  renderActions?: (line: SourceLine) => ReactNode;
}) {
  const groups = groupUnread(unread);
  if (groups.length === 0) return null;
  const count = groups.reduce((n, g) => n + g.lines.length, 0);
  // a line two reasons list is offered in the first group only
  const offeredIn = new Map<number, string>();
  for (const group of groups) for (const line of group.lines) if (!offeredIn.has(line.line)) offeredIn.set(line.line, group.reason);
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
                {renderActions && offeredIn.get(line.line) === group.reason ? renderActions(line) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
