"use client";
// Shows or hides the task grid's optional columns.
import { messages } from "~/lib/messages";
import { GRID_COLUMNS, type GridColumn, normalizeGridColumns } from "./grid-columns";

const g = messages.chart.grid;

export function GridColumnPicker({ value, onChange }: { value: readonly GridColumn[]; onChange: (columns: GridColumn[]) => void }) {
  return (
    <details className="grid-column-picker">
      <summary>{g.columnsButton}</summary>
      <fieldset aria-label={g.columnsButton}>
        {GRID_COLUMNS.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={value.includes(c)}
              onChange={(e) => onChange(normalizeGridColumns(e.target.checked ? [...value, c] : value.filter((x) => x !== c)))}
            />
            {g.columns[c]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
