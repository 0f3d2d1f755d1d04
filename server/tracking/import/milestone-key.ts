import { normalizeName } from "../derive/normalize-name";

/** Milestones are matched across weeks by subject + event, never by date. */
export function milestoneKey(subject: string, event: string): string {
  return `${normalizeName(subject)}|${normalizeName(event)}`;
}

export function splitMilestoneKey(key: string): { subject: string; event: string } {
  const bar = key.lastIndexOf("|");
  return bar < 0 ? { subject: "", event: key } : { subject: key.slice(0, bar), event: key.slice(bar + 1) };
}

/**
 * Same event, and subjects that do not contradict: equal, one empty (`上线` vs
 * `业务上线` of an initiative with one launch) or one containing the other.
 */
export function compatibleKeys(a: string, b: string): boolean {
  const x = splitMilestoneKey(a);
  const y = splitMilestoneKey(b);
  if (x.event !== y.event) return false;
  return x.subject === y.subject || !x.subject || !y.subject || x.subject.includes(y.subject) || y.subject.includes(x.subject);
}

/**
 * The candidate whose keys hold `key`, else the only one whose every key is
 * compatible with it (a milestone once called 广告上线 is no 商机转化看板上线).
 * A mention without a subject that fits several (`预计11/13上线`) goes to the
 * one currently due that day, if exactly one: the date only breaks the tie.
 */
export function findMilestoneByKey<T extends { keys: readonly string[]; date?: string }>(
  candidates: readonly T[],
  key: string,
  date?: string,
): T | null {
  const exact = candidates.find((c) => c.keys.includes(key));
  if (exact) return exact;
  const compatible = candidates.filter((c) => c.keys.every((k) => compatibleKeys(k, key)));
  if (compatible.length === 1) return compatible[0] as T;
  const sameDay = date === undefined ? [] : compatible.filter((c) => c.date === date);
  return sameDay.length === 1 ? (sameDay[0] as T) : null;
}
