import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docxToMarkdown } from "./docx-to-markdown";

const fixtures = path.join(__dirname, "fixtures");

describe("docxToMarkdown", () => {
  it("writes a Word report (headings, nested lists, a table, bold) as the Markdown it was made from", async () => {
    // word-report.docx was made from word-report.md by scripts/make-report-fixtures.mjs
    const docx = new Uint8Array(readFileSync(path.join(fixtures, "word-report.docx")));
    expect(await docxToMarkdown(docx)).toBe(readFileSync(path.join(fixtures, "word-report.md"), "utf8"));
  });

  it("rejects bytes that are not a Word document", async () => {
    await expect(docxToMarkdown(new TextEncoder().encode("# 不是 Word"))).rejects.toThrow();
  });
});
