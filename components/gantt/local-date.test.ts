import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeToDays, parseLocalIsoDate, toLocalIsoDate } from "./local-date";

// Node reads TZ on every Date operation, so each block runs in a real zone.
const zones = ["Asia/Shanghai", "America/Los_Angeles", "UTC"];
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.TZ;
});
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe.each(zones)("in %s", (zone) => {
  beforeEach(() => {
    process.env.TZ = zone;
  });

  it("reads the local day of a late-evening Date (toISOString would not)", () => {
    const end = new Date(2024, 11, 31, 23, 59, 59); // what frappe passes as `end`
    expect(toLocalIsoDate(end)).toBe("2024-12-31");
  });

  it("reads the local day of local midnight", () => {
    const start = new Date(2025, 0, 1, 0, 0, 0);
    expect(toLocalIsoDate(start)).toBe("2025-01-01");
  });

  it("converts an on_date_change pair to inclusive days", () => {
    expect(changeToDays(new Date(2024, 11, 16), new Date(2024, 11, 20, 23, 59, 59))).toEqual({ start: "2024-12-16", end: "2024-12-20" });
  });

  it("reads a leap day and a day of a year before 100 as written", () => {
    expect(toLocalIsoDate(parseLocalIsoDate("2024-02-29")!)).toBe("2024-02-29");
    expect(parseLocalIsoDate("0099-12-31")?.getFullYear()).toBe(99);
  });

  it("round-trips yyyy-MM-dd through a local Date", () => {
    const d = parseLocalIsoDate("2024-03-10");
    expect(d?.getHours()).toBe(0);
    expect(toLocalIsoDate(d!)).toBe("2024-03-10");
  });
});

it("differs from toISOString east of UTC — the bug this guards against", () => {
  process.env.TZ = "Asia/Shanghai";
  const start = new Date(2024, 11, 16);
  expect(start.toISOString().slice(0, 10)).toBe("2024-12-15");
  expect(toLocalIsoDate(start)).toBe("2024-12-16");
});

describe("invalid input", () => {
  it("gives null for an invalid Date", () => {
    expect(toLocalIsoDate(new Date("nope"))).toBeNull();
    expect(changeToDays(new Date("nope"), new Date())).toBeNull();
  });

  it("gives null for a malformed or impossible day", () => {
    expect(parseLocalIsoDate("2024-02-30")).toBeNull();
    expect(parseLocalIsoDate("2023-02-29")).toBeNull();
    expect(parseLocalIsoDate("2024-13-01")).toBeNull();
    expect(parseLocalIsoDate("2024-00-10")).toBeNull();
    expect(parseLocalIsoDate("2024/02/01")).toBeNull();
    expect(parseLocalIsoDate("")).toBeNull();
  });

  it("never returns an end before the start", () => {
    // a zero-width bar: frappe reports end = start − 1 s
    expect(changeToDays(new Date(2024, 5, 3), new Date(2024, 5, 2, 23, 59, 59))).toEqual({ start: "2024-06-03", end: "2024-06-03" });
  });
});
