"use client";
// The milestones the PM added from lines of one entry, each removable.
import { messages } from "~/lib/messages";
import type { SourceLine } from "~/server/extract/types";
import type { ReviewDecisions } from "~/server/tracking/types";
import { addedOf, removeAdded } from "./decisions";

const t = messages.milestoneCorrections;

export function AddedMilestones({
  entryKey,
  lines,
  reportLines = [],
  decisions,
  disabled,
  onChange,
}: {
  entryKey: string;
  lines: readonly SourceLine[];
  /** the report's text by line: where a milestone added from a 未识别 line outside the entry stands */
  reportLines?: readonly string[];
  decisions: ReviewDecisions;
  disabled?: boolean;
  onChange: (decisions: ReviewDecisions) => void;
}) {
  const added = addedOf(decisions, entryKey);
  if (added.length === 0) return null;
  const lineNumber = (text: string) => {
    const wanted = text.trim();
    const own = lines.find((l) => l.text === wanted)?.line;
    const inText = reportLines.findIndex((l) => l.trim() === wanted);
    return own ?? (inText >= 0 ? inText + 1 : null);
  };
  return (
    <div className="stack small" aria-label={t.added}>
      <strong>{t.added}</strong>
      <ul className="added-milestones">
        {added.map((a) => (
          <li key={`${a.line}/${a.span ?? ""}/${a.event}`}>
            {t.addedItem(a.title ?? `${a.span ?? a.line} · ${a.event}`, lineNumber(a.line))}{" "}
            <button type="button" className="small" disabled={disabled} onClick={() => onChange(removeAdded(decisions, a))}>
              {t.removeAdded}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
