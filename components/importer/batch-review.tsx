"use client";
import { messages } from "~/lib/messages";
import type { ChangeKind } from "~/lib/domain/change-kind";

const m = messages.importer.batch;

/** One file of a batch, as far as it got. */
export interface BatchRow {
  name: string;
  /** how the file was read (its encoding, or Word), when it was read */
  readAs: string | null;
  state: "previewing" | "ready" | "same" | "importing" | "imported" | "skipped" | "refused";
  week: string | null;
  reportDate: string | null;
  department: string | null;
  counts: Partial<Record<ChangeKind, number>>;
  message: string | null;
}

export interface BatchReviewProps {
  rows: BatchRow[];
  /** files handled of those to import, while importing and after */
  progress: { done: number; total: number } | null;
  finished: boolean;
  busy: boolean;
  onCommit: () => void;
  onClose: () => void;
}

function status(row: BatchRow): string {
  const counts = messages.review.counts(row.counts);
  switch (row.state) {
    case "previewing":
      return m.previewing;
    case "ready":
      return row.message ?? m.ready;
    case "same":
      return m.same;
    case "importing":
      return m.importing;
    case "imported":
      return m.imported(counts);
    case "skipped":
      return m.skipped;
    case "refused":
      return m.refused(row.message ?? "");
  }
}

/** The files of a batch import, in report-date order, with their preview and then their result; a progress bar while importing. */
export function BatchReview({ rows, progress, finished, busy, onCommit, onClose }: BatchReviewProps) {
  const ready = rows.filter((r) => r.state === "ready").length;
  const imported = rows.filter((r) => r.state === "imported").length;
  const failed = rows.filter((r) => r.state === "refused").length;
  return (
    <section className="stack card" aria-label={m.heading(rows.length)}>
      <h2>{m.heading(rows.length)}</h2>
      <p className="muted">{m.intro}</p>
      {progress ? (
        <label className="stack">
          <span role="status">{finished ? m.done(imported, failed) : m.progress(progress.done, progress.total)}</span>
          <progress max={progress.total} value={progress.done} />
        </label>
      ) : null}
      <table className="list batch-list">
        <thead>
          <tr>
            <th>{m.file}</th>
            <th>{m.week}</th>
            <th>{m.reportDate}</th>
            <th>{m.department}</th>
            <th>{m.changes}</th>
            <th>{m.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-state={row.state}>
              <td>
                {row.name}
                {row.readAs ? <div className="muted small">{row.readAs}</div> : null}
              </td>
              <td>{row.week ?? "—"}</td>
              <td>{row.reportDate ?? "—"}</td>
              <td>{row.department ?? "—"}</td>
              <td>{messages.review.counts(row.counts) || "—"}</td>
              <td className={row.state === "refused" ? "error" : undefined}>{status(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="import-actions">
        {finished ? null : (
          <button type="button" className="primary" disabled={busy || ready === 0} onClick={onCommit}>
            {m.commit(ready)}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onClose}>
          {finished ? m.again : m.cancel}
        </button>
      </div>
    </section>
  );
}
