// The files of a .zip, read within limits so that a small archive cannot
// unpack to gigabytes (a zip bomb): the entry count and the sizes the archive
// declares are checked before anything is inflated, and an entry is inflated
// into a buffer of its declared size, so a lying size cannot make it grow.
import { unzipSync } from "fflate";
import { messages } from "../messages";
import type { InputLimits } from "./limits";

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export type ZipContents = { ok: true; entries: ZipEntry[]; refused: { name: string; message: string }[] } | { ok: false; message: string };

/** macOS metadata, hidden files and folders are not reports. */
const ignored = (name: string) => name.endsWith("/") || name.startsWith("__MACOSX/") || /(^|\/)\./.test(name);

/**
 * Entry names without the UTF-8 flag come out of fflate as Latin-1; a Chinese
 * Windows zip tool writes them in GBK. Re-read such a name's bytes.
 */
function entryName(raw: string): string {
  const codes = Array.from(raw, (c) => c.charCodeAt(0));
  if (!codes.some((c) => c >= 0x80) || codes.some((c) => c > 0xff)) return raw;
  const bytes = Uint8Array.from(codes);
  for (const label of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return raw;
}

/** The unpacked size an archive declares (a .docx is one too), or null when it is not a zip. */
export function declaredSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

export function readZip(bytes: Uint8Array, limits: InputLimits): ZipContents {
  const m = messages.importer;
  const refused: { name: string; message: string }[] = [];
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    // First pass: sizes only (the filter inflates nothing).
    unzipSync(bytes, {
      filter(file) {
        if (ignored(file.name)) return false;
        entries++;
        total += file.originalSize;
        return false;
      },
    });
    if (entries > limits.zipEntries) return { ok: false, message: m.zipTooManyEntries(limits.zipEntries) };
    if (total > limits.batchBytes) return { ok: false, message: m.zipTooLarge(limits.batchBytes) };
    files = unzipSync(bytes, {
      filter(file) {
        if (ignored(file.name)) return false;
        const name = entryName(file.name);
        if (/\.zip$/i.test(name)) refused.push({ name, message: m.zipNested });
        else if (file.originalSize > limits.fileBytes) refused.push({ name, message: m.fileTooLarge(limits.fileBytes) });
        else return true;
        return false;
      },
    });
  } catch {
    return { ok: false, message: m.zipBroken };
  }
  const read = Object.entries(files).map(([name, data]) => ({ name: entryName(name), bytes: data }));
  return { ok: true, entries: read, refused };
}
