import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMITS } from "./limits";
import { declaredSize, readZip } from "./read-zip";

const utf8 = (s: string) => new TextEncoder().encode(s);
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("readZip", () => {
  it("reads the files, skipping folders and macOS metadata, and refuses a nested zip", () => {
    const inner = zipSync({ "x.md": utf8("x") });
    const zip = zipSync({
      "2024-W47.md": utf8("# W47"),
      "周报/2024-W48.md": utf8("# W48"),
      "__MACOSX/._a.md": utf8("?"),
      "more.zip": inner,
    });
    const read = readZip(zip, DEFAULT_INPUT_LIMITS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.entries.map((e) => [e.name, decoded(e.bytes)])).toEqual([
      ["2024-W47.md", "# W47"],
      ["周报/2024-W48.md", "# W48"],
    ]);
    expect(read.refused).toEqual([{ name: "more.zip", message: expect.stringContaining("嵌套") }]);
  });

  it("refuses a zip bomb from its declared size, before inflating anything", () => {
    const bomb = zipSync({ "bomb.md": new Uint8Array(60 * 1024 * 1024).fill(0x41) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(declaredSize(bomb)).toBe(60 * 1024 * 1024);
    expect(readZip(bomb, DEFAULT_INPUT_LIMITS)).toEqual({ ok: false, message: expect.stringContaining("压缩炸弹") });
  });

  it("refuses too many entries, an entry over the file limit and bytes that are no zip", () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.md`, utf8(`${i}`)])));
    expect(readZip(many, { ...DEFAULT_INPUT_LIMITS, zipEntries: 5 })).toEqual({ ok: false, message: expect.stringContaining("5 个") });
    const big = zipSync({ "big.md": new Uint8Array(3000).fill(0x41), "ok.md": utf8("ok") });
    const read = readZip(big, { ...DEFAULT_INPUT_LIMITS, fileBytes: 2000 });
    expect(read).toMatchObject({
      ok: true,
      entries: [{ name: "ok.md" }],
      refused: [{ name: "big.md", message: expect.stringContaining("MB") }],
    });
    expect(readZip(utf8("PK not really"), DEFAULT_INPUT_LIMITS)).toEqual({ ok: false, message: expect.stringContaining("压缩包") });
  });

  it("reads GBK entry names, as Chinese Windows zip tools write them (no UTF-8 flag)", () => {
    const zip = zipSync({ "zzzz.md": utf8("x") });
    const gbk = [0xd6, 0xdc, 0xb1, 0xa8]; // 周报 in GBK, as many bytes as "zzzz"
    for (let i = 0; i + 4 <= zip.length; i++) if (decoded(zip.subarray(i, i + 4)) === "zzzz") zip.set(gbk, i);
    expect(readZip(zip, DEFAULT_INPUT_LIMITS)).toMatchObject({ ok: true, entries: [{ name: "周报.md" }] });
  });
});
