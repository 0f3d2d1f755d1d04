import { describe, expect, it } from "vitest";
import { decodeUpload } from "./decode-upload";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeUpload", () => {
  it("decodes UTF-8 text and drops a BOM", () => {
    expect(decodeUpload("w.md", utf8("\uFEFF# 2024-W47\n长沙佣金存管"))).toEqual({ ok: true, text: "# 2024-W47\n长沙佣金存管" });
  });

  it("refuses GBK bytes as not UTF-8", () => {
    // 周报 in GBK
    const result = decodeUpload("w.txt", new Uint8Array([0xd6, 0xdc, 0xb1, 0xa8]));
    expect(result).toEqual({ ok: false, message: expect.stringContaining("UTF-8") });
  });

  it("refuses binary content, empty files and other file types", () => {
    expect(decodeUpload("a.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toMatchObject({
      ok: false,
      message: expect.stringContaining("二进制"),
    });
    expect(decodeUpload("a.md", utf8(" \n\t"))).toMatchObject({ ok: false, message: expect.stringContaining("空") });
    expect(decodeUpload("a.md", new Uint8Array())).toMatchObject({ ok: false });
    expect(decodeUpload("a.pdf", utf8("text"))).toMatchObject({ ok: false, message: expect.stringContaining(".md") });
  });

  it("refuses files over 2 MB", () => {
    expect(decodeUpload("big.md", new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41))).toMatchObject({
      ok: false,
      message: expect.stringContaining("2 MB"),
    });
  });
});
