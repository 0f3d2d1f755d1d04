import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { errorLine } from "./error-line";

describe("errorLine", () => {
  it("prints a CliError's first line and another error's reason, never an empty line", () => {
    expect(errorLine(new CliError("找不到文件 a.md\n详情"))).toBe("找不到文件 a.md");
    const prisma = new Error(
      [
        "",
        "Invalid `tx.initiativeObservation.findMany()` invocation in",
        "/app/server/db/store/observations.ts:190:47",
        "",
        "→ 190   tx.findMany(",
        "The query parameter limit supported by your database is exceeded.",
      ].join("\n"),
    );
    expect(errorLine(prisma)).toBe("The query parameter limit supported by your database is exceeded.");
    expect(errorLine(new Error(""))).toBe("Error");
    expect(errorLine("plain")).toBe("plain");
  });
});
