// The pool runs the real extractor in real worker threads (the bundle the vitest
// globalSetup builds): the same results and refusals as in this thread, a report
// past its time budget stopped and refused, a full line refused at once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ExtractionError, extractReport } from "../extract";
import { manyDatesInOneClause } from "../testing/hostile-reports";
import { SAMPLES_DIR } from "../testing/sample-reports";
import { createExtractPool, type ExtractPool } from "./extract-pool";
import { ExtractPoolError } from "./extract-pool-error";
import { EXTRACT_WORKER_FILE } from "./shared-extract-pool";

const pools: ExtractPool[] = [];
function pool(options: { budgetMs: number; threads?: number; maxWaiting?: number }): ExtractPool {
  const made = createExtractPool({ workerFile: EXTRACT_WORKER_FILE, ...options });
  pools.push(made);
  return made;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("the extraction pool", () => {
  it("gives the extractor's own result", async () => {
    const text = readFileSync(path.join(SAMPLES_DIR, "reports", "2024-W47.md"), "utf8");
    const options = { referenceDate: "2024-11-22" };
    expect(await pool({ budgetMs: 30_000 }).extract(text, options)).toEqual(extractReport(text, options));
  });

  it("refuses unreadable text with the extractor's typed error and message", async () => {
    const error = await rejection(pool({ budgetMs: 30_000 }).extract("# 周任务及进度\n\n1. 网关：下周上线\n", {}));
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: "no_date", message: expect.stringMatching(/无法确定周报日期/) });
  });

  it("stops a report past its budget, refuses it clearly, and reads the next one on a fresh thread", async () => {
    const budgetMs = 300;
    const reader = pool({ budgetMs, threads: 1 });
    const started = performance.now();
    const error = await rejection(reader.extract(manyDatesInOneClause(2_000_000), {}));
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(ExtractPoolError);
    expect(error).toMatchObject({ code: "over_budget", message: expect.stringMatching(/超过时间上限（0\.3 秒）/) });
    // stopped at the budget, not when the text was done (which takes seconds)
    expect(took).toBeGreaterThanOrEqual(budgetMs - 5);
    expect(took).toBeLessThan(budgetMs + 5_000);
    await expect(reader.extract("# 2024-W47\n\nCreated: 2024年11月23日\n\n1. 网关：12/5上线\n", {})).resolves.toMatchObject({
      week: "2024-W47",
    });
  });

  it("lines up reports behind busy threads, refuses those past the line at once, and times each from its start", async () => {
    const budgetMs = 300;
    const reader = pool({ budgetMs, threads: 1, maxWaiting: 1 });
    const slow = rejection(reader.extract(manyDatesInOneClause(2_000_000), {}));
    const waiting = reader.extract("# 2024-W47\n\nCreated: 2024年11月23日\n\n1. 网关：12/5上线\n", {});
    const refused = await rejection(reader.extract("# 2024-W47\n\n1. 网关：12/5上线\n", {}));
    expect(refused).toBeInstanceOf(ExtractPoolError);
    expect(refused).toMatchObject({ code: "busy", message: "服务器正忙于读取其他周报，请稍后再试" });
    expect(await slow).toMatchObject({ code: "over_budget" });
    // it waited a whole budget for the thread, yet its own budget starts when it gets one
    await expect(waiting).resolves.toMatchObject({ week: "2024-W47" });
  });
});
