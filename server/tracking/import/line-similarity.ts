import { normalizeName } from "../derive/normalize-name";

function bigrams(text: string): Map<string, number> {
  const chars = [...normalizeName(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * How alike two report lines are, 0 … 1 (Dice over character pairs, compared
 * as names are: no spaces, punctuation or table bars). The same table row a
 * week later, its date moved, stays close to 1; another row of the table does
 * not, even when its milestone has the same title.
 */
export function lineSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const total = [...x.values(), ...y.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return (2 * shared) / total;
}
