import type { KnownInitiative } from "./known-state";
import { normalizeName } from "../derive/normalize-name";

/**
 * The known initiative a report's item refers to: one of its names exactly,
 * else, within the same group, the only one whose name contains the other
 * (`贝易转-装修存管` / `装修存管`).
 */
export function matchInitiative(known: readonly KnownInitiative[], name: string, groupName: string): KnownInitiative | null {
  const key = normalizeName(name);
  if (!key) return null;
  const exact = known.find((i) => i.aliasKeys.includes(key));
  if (exact) return exact;
  const contained = known.filter(
    (i) =>
      i.groupName === groupName && i.aliasKeys.some((k) => Math.min(k.length, key.length) >= 2 && (k.includes(key) || key.includes(k))),
  );
  return contained.length === 1 ? (contained[0] as KnownInitiative) : null;
}
