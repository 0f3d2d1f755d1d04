import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { weeklyWorkbook } from "./fixtures/weekly-workbook";
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

  it("reads an Excel workbook as a report a sheet, named file/sheet, and one sheet as the file itself", async () => {
    const read = await readReportFiles([{ name: "周报.xlsx", bytes: await weeklyWorkbook() }], DEFAULT_INPUT_LIMITS);
    expect(read.ok && read.files.map((f) => [f.name, f.ok && f.format, f.ok && f.text.split("\n")[0]])).toEqual([
      ["周报.xlsx/第49周", "xlsx", "# 研发部周报（2024.12.02-2024.12.06）"],
      ["周报.xlsx/第50周", "xlsx", "| 项目 | 进度 |"],
    ]);
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").addRow(["项目", "进度"]);
    book.addWorksheet("Sheet2");
    const single = await readReportFiles(
      [{ name: "w49.xlsx", bytes: new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer) }],
      DEFAULT_INPUT_LIMITS,
    );
    expect(single.ok && single.files.map((f) => f.name)).toEqual(["w49.xlsx"]);
  });

  it("refuses a workbook with no content, a broken .xlsx and old Excel, saying which", async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    const read = await readReportFiles(
      [
        { name: "empty.xlsx", bytes: new Uint8Array((await empty.xlsx.writeBuffer()) as ArrayBuffer) },
        { name: "broken.xlsx", bytes: zipSync({ "a.txt": utf8("不是工作簿") }) },
        { name: "old.xls", bytes: utf8("x") },
      ],
      DEFAULT_INPUT_LIMITS,
    );
    expect(read.ok && read.files.map((f) => (f.ok ? "ok" : f.message))).toEqual([
      expect.stringContaining("没有内容"),
      expect.stringContaining("无法读取这个 Excel 文件"),
      expect.stringContaining(".xls）"),
    ]);
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
