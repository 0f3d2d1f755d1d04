"use client";
import { messages } from "~/lib/messages";
import type { Change, ChangeKind } from "~/server/tracking/types";

const r = messages.review;
const d = messages.reviewDesk;

/** Counts per kind, in the order the review lists kinds. */
export function countByKind(changes: readonly Change[]): [ChangeKind, number][] {
  const counts = new Map<ChangeKind, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return (Object.keys(r.kinds) as ChangeKind[]).filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}

/** 全部 n · 新项目 n · 日期变更 n …: each a filter of the list below. */
export function ReviewSummary({
  changes,
  filter,
  onFilter,
}: {
  changes: readonly Change[];
  filter: ChangeKind | null;
  onFilter: (kind: ChangeKind | null) => void;
}) {
  return (
    <div className="toolbar review-summary" role="group" aria-label={d.filters}>
      <button
        type="button"
        aria-pressed={filter === null}
        className={filter === null ? "primary" : undefined}
        onClick={() => onFilter(null)}
      >
        {d.filterAll(changes.length)}
      </button>
      {countByKind(changes).map(([kind, n]) => (
        <button
          key={kind}
          type="button"
          data-filter={kind}
          aria-pressed={filter === kind}
          className={filter === kind ? "primary" : undefined}
          onClick={() => onFilter(filter === kind ? null : kind)}
        >
          {d.filterKind(r.kinds[kind], n)}
        </button>
      ))}
    </div>
  );
}
