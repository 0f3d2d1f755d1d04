import { describe, expect, it } from "vitest";
import { DEFAULT_GRID_COLUMNS, gridColumnsParam, parseGridColumns } from "./grid-columns";

describe("grid columns in the URL", () => {
  it("gives the defaults when the URL names none", () => {
    expect(parseGridColumns(undefined)).toEqual(DEFAULT_GRID_COLUMNS);
    expect(gridColumnsParam(DEFAULT_GRID_COLUMNS)).toBeNull();
  });

  it("reads known columns in the grid's order, each once", () => {
    expect(parseGridColumns("week,state,progress,state,manager,owner")).toEqual(["owner", "progress", "state", "week"]);
  });

  it("keeps a grid of names only as `none`", () => {
    expect(gridColumnsParam([])).toBe("none");
    expect(parseGridColumns("none")).toEqual([]);
  });

  it("falls back to the defaults when nothing in the value is a column", () => {
    expect(parseGridColumns("manager,,x")).toEqual(DEFAULT_GRID_COLUMNS);
  });

  it("writes what it reads", () => {
    for (const value of ["baseline,state", "owner,progress,baseline,end,slip,state,week", "none"]) {
      expect(gridColumnsParam(parseGridColumns(value))).toBe(value);
    }
  });
});
