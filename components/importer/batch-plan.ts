// The order and the calls of a batch import: rows sorted by report date (the
// history is built in the order the weeks happened), refused files last, and the
// files cut into calls of at most `maxFiles` files and `maxChars` characters (the
// request body limit) so that a year of reports takes a few calls, not one per file.

export interface Dated {
  name: string;
  /** yyyy-MM-dd from the preview; null for a file that was refused */
  reportDate: string | null;
}

export function byReportDate<T extends Dated>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.reportDate === null || b.reportDate === null) return a.reportDate === b.reportDate ? 0 : a.reportDate === null ? 1 : -1;
    return a.reportDate.localeCompare(b.reportDate) || a.name.localeCompare(b.name);
  });
}

export function chunkFiles<T extends { text: string }>(files: readonly T[], maxFiles: number, maxChars: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let chars = 0;
  for (const file of files) {
    if (chunk.length > 0 && (chunk.length >= maxFiles || chars + file.text.length > maxChars)) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(file);
    chars += file.text.length;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
