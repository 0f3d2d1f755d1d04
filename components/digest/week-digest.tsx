// The weekly digest as sections of items (each linking to the initiative on
// the timeline) and a table of counts per group. Text only.
import Link from "next/link";
import { DigestKinds } from "~/lib/domain/digest-kind";
import { messages } from "~/lib/messages";
import type { DigestItem, DigestKind, WeeklyDigest } from "~/server/tracking";

const m = messages.week;
export const DIGEST_KINDS: readonly DigestKind[] = DigestKinds.values;

function ItemFacts({ item }: { item: DigestItem }) {
  const facts: string[] = [];
  if (item.date) facts.push(m.date(item.date));
  // a slip's two numbers are its headline (SlipFigures); the others keep the cumulative slip here
  if (item.kind !== "slipped" && item.slipDays !== null && item.slipDays > 0 && item.baselineDate)
    facts.push(`${m.slip(item.slipDays)}（${m.baseline(item.baselineDate)}）`);
  if (item.kind === "slipped" && item.baselineDate) facts.push(m.baseline(item.baselineDate));
  if (item.reason) facts.push(m.reason(item.reason));
  return facts.length ? <span className="muted small digest-facts">{facts.join(" · ")}</span> : null;
}

/** This week's move is the headline; the slip since the baseline stands beside it. */
function SlipFigures({ item }: { item: DigestItem }) {
  return (
    <>
      {item.movedDays !== null ? <strong className="tag danger digest-moved">{m.moved(item.movedDays)}</strong> : null}{" "}
      {item.slipDays !== null && item.slipDays > 0 ? <span className="tag digest-cumulative">{m.slip(item.slipDays)}</span> : null}
    </>
  );
}

/** 进度回退: the two percents, and the report line that gave the lower one. */
function ProgressFigures({ item }: { item: DigestItem }) {
  if (item.progressBefore === null || item.progressAfter === null) return null;
  return (
    <>
      <strong className="tag danger digest-progress">{m.progressChange(item.progressBefore, item.progressAfter)}</strong>{" "}
      {item.source ? (
        <a className="muted small digest-source" href={`/reports/${item.source.reportId}#L${item.source.line}`}>
          {m.sourceLine(item.source.line)}：{item.source.text}
        </a>
      ) : null}
    </>
  );
}

function Section({ kind, items }: { kind: DigestKind; items: DigestItem[] }) {
  return (
    <section className="card digest-section" aria-label={m.sections[kind]} data-kind={kind}>
      <h2>
        {m.sections[kind]} <span className="tag">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted small">{m.none}</p>
      ) : (
        <ul className="digest-list">
          {items.map((item, k) => (
            <li key={k}>
              <span className="tag">{item.group}</span>{" "}
              <Link href={`/?initiative=${item.initiativeId}`} title={m.openTimeline}>
                {item.initiativeName}
              </Link>
              {item.title ? (
                <>
                  {" "}
                  · <span>{item.title}</span>
                </>
              ) : null}{" "}
              {item.kind === "slipped" ? <SlipFigures item={item} /> : null}
              {item.kind === "progress_regressed" ? <ProgressFigures item={item} /> : null}
              <ItemFacts item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function WeekDigestView({ digest }: { digest: WeeklyDigest }) {
  const byKind = (kind: DigestKind) => digest.items.filter((i) => i.kind === kind);
  const total = (kind: DigestKind) => digest.countsByGroup.reduce((n, c) => n + c[kind], 0);
  return (
    <>
      <div className="digest-grid">
        {DIGEST_KINDS.map((kind) => (
          <Section key={kind} kind={kind} items={byKind(kind)} />
        ))}
      </div>
      <section className="card" aria-label={m.countsHeading}>
        <h2>{m.countsHeading}</h2>
        <table className="list digest-counts">
          <thead>
            <tr>
              <th>{m.group}</th>
              {DIGEST_KINDS.map((k) => (
                <th key={k}>{m.sections[k]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {digest.countsByGroup.map((c) => (
              <tr key={c.group}>
                <td>{c.group}</td>
                {DIGEST_KINDS.map((k) => (
                  <td key={k}>{c[k]}</td>
                ))}
              </tr>
            ))}
            <tr className="total">
              <td>{m.total}</td>
              {DIGEST_KINDS.map((k) => (
                <td key={k}>{total(k)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>
    </>
  );
}
