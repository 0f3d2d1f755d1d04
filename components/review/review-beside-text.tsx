"use client";
// The import review beside the report text (issue #13): the previewed text on
// one side with what was read marked in place, the change set on the other.
// A line picked in the text marks the changes read from it; a change's source
// picked in the list marks its line. Each side scrolls on its own.
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { messages } from "~/lib/messages";
import type { ExtractionResult } from "~/server/extract/types";
import type { Change } from "~/server/tracking/types";
import { ReportText } from "../report/report-text";
import { lineNote } from "./line-note";
import { reviewHighlights } from "./review-highlights";

const t = messages.reviewText;

/** What the change column needs to take part: the picked line, and a way to pick one. */
export interface BesideTextView {
  markedLine: number | null;
  onSource: (line: number) => void;
}

export interface ReviewBesideTextProps {
  /** the text the preview was made of (not the text box, which may have moved on) */
  text: string;
  extraction: Pick<ExtractionResult, "entries" | "unread">;
  /** every change the change column lists */
  changes: readonly Change[];
  children: (view: BesideTextView) => ReactNode;
}

/** Scrolls a pane (not the page) so that `target` shows below its sticky header; nothing when it shows already. */
function bringIntoPane(pane: HTMLElement | null, target: Element | null | undefined) {
  if (!pane || !target) return;
  // a pane that does not scroll (stacked on a narrow screen) leaves it to the page
  if (pane.scrollHeight <= pane.clientHeight) return target.scrollIntoView({ block: "nearest" });
  const header = pane.querySelector(".report-text-header, .review-summary")?.getBoundingClientRect().height ?? 0;
  const box = pane.getBoundingClientRect();
  // what of the pane shows: a pane not yet stuck may run below the window
  const top = Math.max(box.top, 0) + header;
  const bottom = Math.min(box.bottom, window.innerHeight);
  const at = target.getBoundingClientRect();
  if (at.top >= top && at.bottom <= bottom) return;
  pane.scrollTop += at.top - top - Math.max(0, bottom - top) / 4;
}

export function ReviewBesideText({ text, extraction, changes, children }: ReviewBesideTextProps) {
  const highlights = useMemo(() => reviewHighlights(extraction), [extraction]);
  // a pick belongs to the text it was made in: another text has none
  const [picked, setPicked] = useState<{ line: number; from: "text" | "changes"; text: string } | null>(null);
  const textPane = useRef<HTMLDivElement>(null);
  const changePane = useRef<HTMLDivElement>(null);
  // the change column lists entries in report order: its first change is the first entry's
  const firstLine = useMemo(() => {
    const listed = changes.filter((c) => c.entry !== null && c.source !== null);
    listed.sort((a, b) => a.entry! - b.entry!);
    return listed[0]?.source?.line ?? null;
  }, [changes]);

  // a new text's first change comes with its line in view; a re-preview leaves the text where the PM put it
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (firstLine === null || shownFor.current === text) return;
    shownFor.current = text;
    bringIntoPane(textPane.current, textPane.current?.querySelector(`[data-line="${firstLine}"]`));
  }, [text, firstLine]);

  // after the marks are drawn, the other side shows what was picked
  useEffect(() => {
    if (!picked) return;
    if (picked.from === "changes") bringIntoPane(textPane.current, textPane.current?.querySelector(`[data-line="${picked.line}"]`));
    else bringIntoPane(changePane.current, changePane.current?.querySelector("li.change.marked, section.review-entry.marked"));
  }, [picked]);

  const line = picked?.text === text ? picked.line : null;
  return (
    <div className="review-beside-text">
      <div className="review-pane" ref={textPane} role="region" aria-label={t.heading}>
        <ReportText
          text={text}
          highlights={highlights}
          selected={line}
          onLine={(n) => setPicked({ line: n, from: "text", text })}
          header={
            <>
              <strong>{t.heading}</strong>{" "}
              <span className="muted small" role="status" data-line-note={line ?? undefined}>
                {line === null ? t.hint : lineNote(line, highlights, changes)}
              </span>
            </>
          }
        />
      </div>
      <div className="review-pane" ref={changePane} role="region" aria-label={t.changesHeading}>
        {children({ markedLine: line, onSource: (n) => setPicked({ line: n, from: "changes", text }) })}
      </div>
    </div>
  );
}
