// A report read from Word or from a legacy encoding is the same report: its
// extraction equals that of the Markdown it was made from, line numbers included
// (provenance refers to the converted text, which is what the tracker stores).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMITS, readReportFiles } from "../../lib/report-input";
import { extractReport } from "./extract-report";

const fixtures = path.join(__dirname, "../../lib/report-input/fixtures");
const markdown = readFileSync(path.join(fixtures, "word-report.md"), "utf8");

describe("reports read from Word and from GBK, GB18030 and UTF-16 files", () => {
  it.each(["word-report.docx", "word-report.gbk.md", "word-report.gb18030.md", "word-report.utf16le.md"])(
    "%s extracts exactly as word-report.md",
    async (name) => {
      const read = await readReportFiles([{ name, bytes: new Uint8Array(readFileSync(path.join(fixtures, name))) }], DEFAULT_INPUT_LIMITS);
      const file = read.ok ? read.files[0] : null;
      if (!file?.ok) throw new Error(`not read: ${JSON.stringify(file ?? read)}`);
      const expected = extractReport(markdown, { fileName: "word-report.md" });
      expect(expected.entries.length).toBeGreaterThanOrEqual(10);
      expect(expected.entries.map((e) => e.group)).toContain("O2 重点项目"); // the table's rows are initiatives
      expect(extractReport(file.text, { fileName: name })).toEqual(expected);
    },
  );
});
