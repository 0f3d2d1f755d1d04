// The extractor under a configured date window (ExtractOptions.dateWindow): dates
// outside it are no milestones, and a report or reference date outside it is refused.
import { describe, expect, it } from "vitest";
import { extractReport } from "./extract-report";
import { ExtractionError } from "./types";

const dateWindow = { earliest: "2024-11-01", latest: "2025-01-31" };
const report = (body: string) => `# 2024-W47\n${body}\n`;
const dates = (text: string, options = {}) =>
  extractReport(report(text), { dateWindow, ...options }).entries.flatMap((e) => e.milestones.map((m) => m.date));

describe("extractReport with a configured date window", () => {
  it("keeps the dates inside the window, its ends included", () => {
    expect(dates("1. 网关：11/1联调，12/5上线，2025-01-31验收")).toEqual(["2024-11-01", "2024-12-05", "2025-01-31"]);
  });

  it("ignores dates outside it that the built-in window accepts", () => {
    expect(extractReport(report("1. 网关：2025-03-01上线"), {}).entries[0]!.milestones.map((m) => m.date)).toEqual(["2025-03-01"]);
    expect(dates("1. 网关：12/5联调，2025-03-01上线，2024-10-31提测")).toEqual(["2024-12-05"]);
  });

  it("reads a date outside it as that date, not as its month alone", () => {
    // `2035年1月` is out of the window; its `1月` must not become January 2025.
    expect(dates("1. 网关：12/5联调，2035年1月上线")).toEqual(["2024-12-05"]);
  });

  it("refuses a reference date or a report date outside it, naming the window", () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ExtractionError);
        return (error as ExtractionError).message;
      }
      throw new Error("not refused");
    };
    expect(refused(() => extractReport(report("1. 网关：12/5上线"), { dateWindow, referenceDate: "2025-02-01" }))).toContain(
      "2024-11-01 至 2025-01-31",
    );
    const lateReport = "# 2025-W10\n1. 网关：3/5上线\n";
    expect(refused(() => extractReport(lateReport, { dateWindow }))).toMatch(/周报日期 2025-03-08.*2024-11-01 至 2025-01-31/);
  });
});
