import { decodeText } from "../../lib/report-input/decode-text";
import { ExtractionError } from "./types";

/**
 * Decodes an uploaded file's bytes (UTF-8, UTF-16 with BOM, GBK/GB18030: see
 * lib/report-input/decode-text.ts). Binary or garbled bytes are refused with
 * the reason; an empty file gives "" (extractReport then refuses it as empty).
 */
export function decodeReportBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return "";
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ExtractionError("binary", decoded.message);
  return decoded.text;
}
