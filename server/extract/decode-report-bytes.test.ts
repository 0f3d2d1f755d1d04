import { describe, expect, it } from "vitest";
import { decodeReportBytes } from "./decode-report-bytes";
import { ExtractionError } from "./types";

describe("decodeReportBytes", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("# 2024-W47\n上线")]);
    expect(decodeReportBytes(bytes)).toBe("# 2024-W47\n上线");
  });

  it("refuses NUL bytes as binary", () => {
    expect(() => decodeReportBytes(new Uint8Array([0x23, 0x00, 0x41]))).toThrow(ExtractionError);
    try {
      decodeReportBytes(new Uint8Array([0x23, 0x00]));
    } catch (error) {
      expect((error as ExtractionError).code).toBe("binary");
      expect((error as ExtractionError).message).toMatch(/二进制/);
    }
  });

  it("decodes GBK text (what Windows editors save) and refuses Latin-1 with a clear reason", () => {
    // "周报" in GBK
    expect(decodeReportBytes(new Uint8Array([0xd6, 0xdc, 0xb1, 0xa8]))).toBe("周报");
    const latin1 = Uint8Array.from("Réseau prévu, équipe réunie", (c) => c.charCodeAt(0));
    expect(() => decodeReportBytes(latin1)).toThrow(/无法识别文件编码/);
  });

  it("decodes an empty file to an empty string (extractReport then refuses it)", () => {
    expect(decodeReportBytes(new Uint8Array())).toBe("");
  });
});
