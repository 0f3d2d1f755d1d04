import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMITS } from "./limits";
import { readReportFiles } from "./read-report-files";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));
const source = readFileSync(path.join(__dirname, "fixtures", "word-report.md"), "utf8");
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("readReportFiles", () => {
  it("reads the same report from Markdown in four encodings and from Word, each saying how", async () => {
    const names = ["word-report.md", "word-report.gbk.md", "word-report.gb18030.md", "word-report.utf16le.md", "word-report.docx"];
    const read = await readReportFiles(
      names.map((name) => ({ name, bytes: fixture(name) })),
      DEFAULT_INPUT_LIMITS,
    );
    expect(read).toEqual({
      ok: true,
      files: [
        { name: names[0], ok: true, text: source, format: "markdown", encoding: "utf-8" },
        { name: names[1], ok: true, text: source, format: "markdown", encoding: "gb18030" },
        { name: names[2], ok: true, text: source, format: "markdown", encoding: "gb18030" },
        { name: names[3], ok: true, text: source, format: "markdown", encoding: "utf-16le" },
        { name: names[4], ok: true, text: source, format: "docx", encoding: null },
      ],
    });
  });

  it("opens a .zip and reads or refuses each file in it on its own", async () => {
    const zip = zipSync({
      "2024-W47.docx": fixture("word-report.docx"),
      "a.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      "b.md": utf8("# b"),
    });
    const read = await readReportFiles([{ name: "past.zip", bytes: zip }], DEFAULT_INPUT_LIMITS);
    expect(read).toEqual({
      ok: true,
      files: [
        { name: "past.zip/2024-W47.docx", ok: true, text: source, format: "docx", encoding: null },
        { name: "past.zip/a.png", ok: false, message: expect.stringContaining(".docx") },
        { name: "past.zip/b.md", ok: true, text: "# b", format: "markdown", encoding: "utf-8" },
      ],
    });
  });

  it("refuses other file types, old Word, a broken .docx and files over the limit, and a batch over its limit", async () => {
    const limits = { ...DEFAULT_INPUT_LIMITS, fileBytes: 100, batchBytes: 1000 };
    const read = await readReportFiles(
      [
        { name: "a.pdf", bytes: utf8("%PDF") },
        { name: "a.doc", bytes: utf8("x") },
        { name: "a.docx", bytes: utf8("not a zip") },
        { name: "big.md", bytes: new Uint8Array(101).fill(0x41) },
        { name: "empty.md", bytes: new Uint8Array() },
      ],
      limits,
    );
    expect(read.ok && read.files.map((f) => (f.ok ? "ok" : f.message))).toEqual([
      expect.stringContaining("只支持"),
      expect.stringContaining(".doc）"),
      expect.stringContaining("Word"),
      expect.stringContaining("超过"),
      expect.stringContaining("空"),
    ]);
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.md`, bytes: new Uint8Array(100).fill(0x41) }));
    expect(await readReportFiles(many, limits)).toEqual({ ok: false, message: expect.stringContaining("分批") });
  });
});
