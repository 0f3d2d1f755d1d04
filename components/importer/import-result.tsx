import Link from "next/link";
import type { ReactNode } from "react";
import { messages } from "~/lib/messages";
import type { ImportResult } from "~/server/tracking/types";

/** What a commit did (the changes applied, rejected ones not counted), with links to the timeline and the report, and `undo`. */
export function ImportResultNotice({ result, onAgain, undo }: { result: ImportResult; onAgain: () => void; undo?: ReactNode }) {
  const counts = messages.review.counts(result.counts);
  const applied = Object.values(result.counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <div className="notice ok stack" role="status">
      <div>
        <strong>{messages.importer.success(result.week)}</strong>
        {result.mode === "replace" ? `（${messages.importer.modeReplace}）` : null}
        {result.mode === "same" ? `（${messages.importer.modeSame}）` : null}
      </div>
      <div data-applied={applied}>{counts ? `${messages.reviewDesk.applied(applied)}：${counts}` : messages.importer.noChanges}</div>
      {result.rememberedRules ? <div>{messages.importer.rulesRemembered(result.rememberedRules)}</div> : null}
      <div className="row">
        <Link className="button primary" href="/">
          {messages.importer.toTimeline}
        </Link>
        <Link className="button" href={`/reports/${result.reportId}`}>
          {messages.importer.toReport}
        </Link>
        <button type="button" onClick={onAgain}>
          {messages.importer.importAnother}
        </button>
      </div>
      {undo}
    </div>
  );
}
