import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("neutralises markup in a name", () => {
    expect(escapeHtml("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("escapes quotes so the text is safe inside attributes", () => {
    expect(escapeHtml(`a"b'c`)).toBe("a&quot;b&#39;c");
  });

  it("escapes the ampersand first, so entities in the text stay literal", () => {
    expect(escapeHtml("&lt;R&D&gt;")).toBe("&amp;lt;R&amp;D&amp;gt;");
  });

  it("leaves Chinese text and plain punctuation alone", () => {
    expect(escapeHtml("长沙佣金存管：进度100%（上线）")).toBe("长沙佣金存管：进度100%（上线）");
  });

  it("returns an empty string for empty input", () => {
    expect(escapeHtml("")).toBe("");
  });
});
