import { messages } from "../../lib/messages";

/**
 * The pool refused a report: it took longer than the time budget (`over_budget`,
 * the worker was stopped), or every thread is busy and the line is full (`busy`).
 * `message` is user-facing (Chinese).
 */
export class ExtractPoolError extends Error {
  constructor(
    readonly code: "over_budget" | "busy",
    message: string,
  ) {
    super(message);
    this.name = "ExtractPoolError";
  }

  static overBudget(budgetMs: number): ExtractPoolError {
    return new ExtractPoolError("over_budget", messages.extractPool.overBudget(budgetMs / 1000));
  }

  static busy(): ExtractPoolError {
    return new ExtractPoolError("busy", messages.extractPool.busy);
  }
}
