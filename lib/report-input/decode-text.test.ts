import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));
const source = readFileSync(path.join(__dirname, "fixtures", "word-report.md"), "utf8");
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("decodeText", () => {
  it.each([
    ["word-report.md", "utf-8"],
    ["word-report.gbk.md", "gb18030"],
    ["word-report.gb18030.md", "gb18030"],
    ["word-report.utf16le.md", "utf-16le"],
  ])("reads %s as the same report (%s)", (name, encoding) => {
    expect(decodeText(fixture(name))).toEqual({ ok: true, text: source, encoding });
  });

  it("drops a UTF-8 BOM and reads UTF-16BE with its BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("# 周报")]))).toEqual({ ok: true, text: "# 周报", encoding: "utf-8-bom" });
    const le = fixture("word-report.utf16le.md");
    const be = le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!);
    expect(decodeText(be)).toEqual({ ok: true, text: source, encoding: "utf-16be" });
  });

  it("refuses a PNG, NUL bytes and an empty file, each with its reason", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeText(png)).toEqual({ ok: false, message: expect.stringContaining("PNG") });
    expect(decodeText(new Uint8Array([0x23, 0x00, 0x41]))).toEqual({ ok: false, message: expect.stringContaining("NUL") });
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, message: expect.stringContaining("空") });
    expect(decodeText(utf8(" \n\t"))).toEqual({ ok: false, message: expect.stringContaining("空") });
  });

  it("refuses Latin-1 text, which GB18030 would read as rare characters", () => {
    const french = latin1("Réseau : déploiement prévu le 12/05, équipe réunie.\nRéférence : présentation générale");
    expect(new TextDecoder("gb18030").decode(french)).not.toContain("\uFFFD"); // it does decode, to garbage
    expect(decodeText(french)).toEqual({ ok: false, message: expect.stringContaining("无法识别文件编码") });
    // ü and ß followed by a space are not even valid GB18030
    expect(decodeText(latin1("Größe über alles"))).toMatchObject({ ok: false });
  });

  it("refuses text with control characters and a bad UTF-16 body", () => {
    expect(decodeText(utf8("# 周报\u0001\u0002"))).toEqual({ ok: false, message: expect.stringContaining("控制字符") });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({ ok: false, message: expect.stringContaining("UTF-16") });
  });
});
