// Reads a text file's bytes in whatever encoding a Chinese office wrote it:
// a BOM says UTF-8 or UTF-16; else strict UTF-8; else GB18030 (a superset of
// GBK, what Windows editors save as "ANSI"), accepted only when it reads as
// Chinese. Anything else is refused with a reason rather than imported as mojibake.
import { messages } from "../messages";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; message: string };

const MAGIC: { bytes: number[]; kind: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "PNG" },
  { bytes: [0xff, 0xd8, 0xff], kind: "JPEG" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "GIF" },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: "PDF" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "ZIP" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: "Office 97-2003" },
];

/** Share of GB18030 double-byte characters that must lie in GB2312 (the common characters) for the text to count as Chinese. */
const MIN_COMMON_SHARE = 0.8;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0 control characters other than tab, line feed, form feed and carriage return: never in a written report. */
function hasControls(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Whether GB18030 bytes read as Chinese: Latin-1 text (é, ü followed by a letter)
 * also decodes, but to rare characters outside GB2312 (lead A1–F7, trail A1–FE).
 */
function readsAsChinese(bytes: Uint8Array): boolean {
  let common = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      rare++; // four-byte sequence
      i += 4;
      continue;
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    else rare++;
    i += 2;
  }
  return common + rare > 0 && common / (common + rare) >= MIN_COMMON_SHARE;
}

function accept(text: string, encoding: TextEncoding): DecodedText {
  const m = messages.importer;
  if (text.includes("\uFFFD") || hasControls(text)) return { ok: false, message: m.garbled };
  if (text.trim() === "") return { ok: false, message: m.blank };
  return { ok: true, text, encoding };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const m = messages.importer;
  if (bytes.length === 0) return { ok: false, message: m.blank };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decode("utf-8", bytes.subarray(3));
    return text === null ? { ok: false, message: m.notUtf8AfterBom } : accept(text, "utf-8-bom");
  }
  for (const [bom, label] of [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const) {
    if (!startsWith(bytes, [...bom])) continue;
    const text = bytes.length % 2 === 0 ? decode(label, bytes.subarray(2)) : null;
    return text === null ? { ok: false, message: m.badUtf16 } : accept(text, label);
  }
  const magic = MAGIC.find((entry) => startsWith(bytes, entry.bytes));
  if (magic) return { ok: false, message: m.binaryKind(magic.kind) };
  if (bytes.includes(0)) return { ok: false, message: m.binaryNul };
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== null) return accept(utf8, "utf-8");
  const gb = decode("gb18030", bytes);
  if (gb === null || !readsAsChinese(bytes)) return { ok: false, message: m.unknownEncoding };
  return accept(gb, "gb18030");
}
