// Each platform caps a message's size; a long digest keeps its first lines and ends
// with a 更多 line that links to the whole thing in the app.

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/**
 * The longest prefix of `blocks` whose sizes fit `budget`; when some are left out,
 * `more` (which must itself fit) replaces them. Sizes are whatever the platform counts.
 */
export function fitBlocks<T>(blocks: readonly T[], size: (block: T) => number, budget: number, more: (left: number) => T): T[] {
  const total = blocks.reduce((sum, b) => sum + size(b), 0);
  if (total <= budget) return [...blocks];
  const kept: T[] = [];
  let used = 0;
  for (const [i, block] of blocks.entries()) {
    const tail = more(blocks.length - i);
    if (used + size(block) + size(tail) > budget) {
      kept.push(tail);
      return kept;
    }
    kept.push(block);
    used += size(block);
  }
  return kept;
}
