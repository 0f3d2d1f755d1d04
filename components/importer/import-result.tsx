import Link from "next/link";
import { messages } from "~/lib/messages";
import type { ImportResult } from "~/server/tracking/types";

/** What a commit did, with links to the timeline and the report. */
export function ImportResultNotice({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const counts = messages.review.counts(result.counts);
  return (
    <div className="notice ok stack" role="status">
      <div>
        <strong>{messages.importer.success(result.week)}</strong>
        {result.mode === "replace" ? `（${messages.importer.modeReplace}）` : null}
        {result.mode === "same" ? `（${messages.importer.modeSame}）` : null}
      </div>
      <div>{counts || messages.importer.noChanges}</div>
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
    </div>
  );
}
