// The task grid's optional columns (the name is always shown) and how the URL
// names them: `cols=progress,slip`, `cols=none`; absent means the defaults. Pure.

export const GRID_COLUMNS = ["owner", "progress", "baseline", "end", "slip", "state", "week"] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** What a first look needs: how far along, when it ends now, how late. */
export const DEFAULT_GRID_COLUMNS: readonly GridColumn[] = ["progress", "end", "slip"];

const isColumn = (v: string): v is GridColumn => (GRID_COLUMNS as readonly string[]).includes(v);

/** In the grid's order, each once. */
export function normalizeGridColumns(columns: readonly string[]): GridColumn[] {
  return GRID_COLUMNS.filter((c) => columns.includes(c));
}

/** The URL's value → the columns; a missing or wholly unknown value gives the defaults. */
export function parseGridColumns(value: string | undefined): GridColumn[] {
  if (value === undefined) return [...DEFAULT_GRID_COLUMNS];
  if (value === "none") return [];
  const known = value.split(",").filter(isColumn);
  return known.length ? normalizeGridColumns(known) : [...DEFAULT_GRID_COLUMNS];
}

/** The columns → the URL's value; null for the defaults (left out of the URL). */
export function gridColumnsParam(columns: readonly GridColumn[]): string | null {
  const cols = normalizeGridColumns(columns);
  if (cols.join() === DEFAULT_GRID_COLUMNS.join()) return null;
  return cols.length ? cols.join(",") : "none";
}
