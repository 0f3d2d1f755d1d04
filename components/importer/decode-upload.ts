// Reads an uploaded report strictly as UTF-8 in the browser: a binary file or
// one in another encoding (GBK …) is refused with a reason, never shown as mojibake.
import { messages } from "~/lib/messages";

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export type DecodedUpload = { ok: true; text: string } | { ok: false; message: string };

export function decodeUpload(name: string, bytes: Uint8Array): DecodedUpload {
  const m = messages.importer;
  if (!/\.(md|markdown|txt)$/i.test(name)) return { ok: false, message: m.fileType(name) };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, message: m.fileTooLarge(name) };
  if (bytes.includes(0)) return { ok: false, message: m.fileBinary(name) };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: m.fileNotUtf8(name) };
  }
  if (!text.trim()) return { ok: false, message: m.fileEmpty(name) };
  return { ok: true, text };
}
