// Run once (the outputs are committed): writes lib/report-input/fixtures/word-report.docx
// from word-report.md with the `docx` package, as Word itself would store it (heading
// styles, numbered and bulleted lists with levels, a table, bold), and the same report in
// GBK, GB18030 and UTF-16LE with BOM. `docx` is not a dependency of the app:
//   mkdir /tmp/docxgen && cd /tmp/docxgen && npm init -y && npm i docx@8
//   DOCX_DIR=/tmp/docxgen node scripts/make-report-fixtures.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "../lib/report-input/fixtures");
const docx = createRequire(path.join(process.env.DOCX_DIR ?? "/tmp/docxgen", "package.json"))("docx");
const iconv = createRequire(import.meta.url)("iconv-lite");
const source = readFileSync(path.join(dir, "word-report.md"), "utf8");

const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = docx;

/** `**bold**` as bold runs. */
const runs = (text) =>
  text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith("**") ? new TextRun({ text: part.slice(2, -2), bold: true }) : new TextRun(part)));

const levels = (format) =>
  [0, 1, 2, 3].map((level) => ({
    level,
    format,
    text: format === LevelFormat.BULLET ? "•" : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

const children = [];
let table = null;
for (const line of source.split("\n")) {
  if (line.startsWith("|")) {
    if (/^\|[\s|-]+\|$/.test(line)) continue;
    const cells = line
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim());
    table ??= [];
    table.push(new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: runs(c) })] })) }));
    continue;
  }
  if (table) {
    children.push(new Table({ rows: table }));
    table = null;
  }
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  const item = /^( *)(\d+\.|-) (.*)$/.exec(line);
  if (heading)
    children.push(
      new Paragraph({
        children: runs(heading[2]),
        heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][heading[1].length - 1],
      }),
    );
  else if (item)
    children.push(
      new Paragraph({
        children: runs(item[3]),
        numbering: { reference: item[2] === "-" ? "bullets" : "numbers", level: item[1].length / 4 },
      }),
    );
  else if (line.trim()) children.push(new Paragraph({ children: runs(line) }));
}
if (table) children.push(new Table({ rows: table }));

const document = new Document({
  numbering: {
    config: [
      { reference: "numbers", levels: levels(LevelFormat.DECIMAL) },
      { reference: "bullets", levels: levels(LevelFormat.BULLET) },
    ],
  },
  sections: [{ children }],
});
writeFileSync(path.join(dir, "word-report.docx"), await Packer.toBuffer(document));
writeFileSync(path.join(dir, "word-report.gbk.md"), iconv.encode(source, "gbk"));
writeFileSync(path.join(dir, "word-report.gb18030.md"), iconv.encode(source, "gb18030"));
writeFileSync(path.join(dir, "word-report.utf16le.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(source, "utf-16le")]));
