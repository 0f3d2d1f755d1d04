import { describe, expect, it } from "vitest";
import { ExtractionError } from "../extract";
import { runExtractTask, settleExtractOutcome, taskStartedAt } from "./extract-task";

describe("an extraction task across threads", () => {
  it("carries the result as it is", () => {
    const outcome = runExtractTask({ text: "# 2024-W47\n\nCreated: 2024年11月23日\n\n1. 网关：12/5上线\n", options: {} });
    expect(outcome.ok).toBe(true);
    expect(settleExtractOutcome(structuredClone(outcome))).toMatchObject({ week: "2024-W47", entries: [{ initiative: "网关" }] });
  });

  it("carries a refusal as data and rebuilds the extractor's typed error", () => {
    const outcome = runExtractTask({ text: "  \n", options: {} });
    expect(outcome).toEqual({ ok: false, code: "empty", message: "周报内容为空" });
    const rebuilt = (() => {
      try {
        settleExtractOutcome(structuredClone(outcome));
      } catch (error) {
        return error;
      }
    })();
    expect(rebuilt).toBeInstanceOf(ExtractionError);
    expect(rebuilt).toMatchObject({ code: "empty", message: "周报内容为空" });
  });
});

describe("the start of a task", () => {
  it("is stored where the caller can read it", () => {
    const startedAt = new SharedArrayBuffer(8);
    expect(taskStartedAt(startedAt)).toBeNull();
    const before = Date.now();
    runExtractTask({ text: "  \n", options: {}, startedAt });
    expect(taskStartedAt(startedAt)).toBeGreaterThanOrEqual(before);
    expect(taskStartedAt(startedAt)).toBeLessThanOrEqual(Date.now());
  });
});
