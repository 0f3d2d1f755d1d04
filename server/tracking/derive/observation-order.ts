/** What ordering observations needs; both kinds of observation have it. */
export interface Ordered {
  id: number;
  basisDate: string;
  reportId: number | null;
}

/**
 * Observations in the order they take effect: by the report date they speak
 * for, a manual edit right after the report it was made on top of, then by
 * insertion. Importing weeks in any order therefore gives the same result.
 */
export function compareObservations(a: Ordered, b: Ordered): number {
  if (a.basisDate !== b.basisDate) return a.basisDate < b.basisDate ? -1 : 1;
  const manualA = a.reportId === null ? 1 : 0;
  const manualB = b.reportId === null ? 1 : 0;
  if (manualA !== manualB) return manualA - manualB;
  return a.id - b.id;
}

export function sortObservations<T extends Ordered>(observations: readonly T[]): T[] {
  return [...observations].sort(compareObservations);
}
