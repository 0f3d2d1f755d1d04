import { ExtractionError } from "./types";

/**
 * Decodes an uploaded file as strict UTF-8 (a BOM is dropped). NUL bytes or
 * invalid UTF-8 mean the file is binary or in another encoding (GBK …):
 * better refused with a reason than imported as mojibake.
 */
export function decodeReportBytes(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new ExtractionError("binary", "文件包含二进制内容（NUL 字节），不是文本周报");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ExtractionError(
      "binary",
      "文件不是有效的 UTF-8 文本" + "（可能是 GBK 等其他编码或二进制文件），" + "请另存为 UTF-8 后再导入",
    );
  }
}
