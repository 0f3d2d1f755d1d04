import { describe, expect, it } from "vitest";
import { checkInput } from "./check-input";
import { ExtractionError } from "./types";

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ExtractionError ? error.code : "other";
  }
}

describe("checkInput", () => {
  it("passes a report through without its BOM", () => {
    expect(checkInput("\uFEFF# 2024-W47\n")).toBe("# 2024-W47\n");
  });

  it.each([
    ["", "empty"],
    ["  \n\t\n", "empty"],
    ["\uFEFF", "empty"],
  ])("refuses %j as %s", (text, code) => {
    expect(codeOf(() => checkInput(text))).toBe(code);
  });

  it("refuses NUL bytes, control characters and replacement characters as binary", () => {
    expect(codeOf(() => checkInput("# 周报\u0000"))).toBe("binary");
    expect(codeOf(() => checkInput("\u0001\u0002\u0003\u0004abc"))).toBe("binary");
    expect(codeOf(() => checkInput("��������� 周报 ��"))).toBe("binary");
  });

  it("tolerates a single stray replacement character in a long report", () => {
    expect(codeOf(() => checkInput(`${"上线".repeat(200)}\uFFFD`))).toBeNull();
  });

  it("refuses input above the byte limit with a message naming the limit", () => {
    expect(() => checkInput("周".repeat(400), 1024)).toThrow(/1 KB/);
    expect(codeOf(() => checkInput("周".repeat(341), 1024))).toBeNull();
    expect(codeOf(() => checkInput("周".repeat(342), 1024))).toBe("too_large");
  });
});
