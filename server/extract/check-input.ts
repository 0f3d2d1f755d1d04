import { ExtractionError } from "./types";

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** UTF-8 length without allocating a copy of a possibly large text. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacement++;
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) control++;
  }
  // A bad decode leaves U+FFFD everywhere; a real report has at most a stray one.
  const visible = Math.max(1, text.length);
  return control / visible > 0.1 || replacement / visible > 0.01 || replacement >= 16;
}

/**
 * Refuses what cannot be a report before any parsing: empty, too large or
 * binary text. Returns the text without a leading BOM.
 */
export function checkInput(text: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  if (typeof text !== "string") throw new ExtractionError("empty", "周报内容为空");
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // Every UTF-16 unit is at least one UTF-8 byte: a cheap test first.
  if (body.length > maxBytes || utf8Length(body) > maxBytes) {
    throw new ExtractionError("too_large", `周报超过大小上限（${Math.floor(maxBytes / 1024)} KB），请拆分后再导入`);
  }
  if (body.trim() === "") throw new ExtractionError("empty", "周报内容为空");
  if (looksBinary(body))
    throw new ExtractionError("binary", "周报内容不是文本（含有二进制或乱码字符），请确认文件为 UTF-8 编码的 Markdown");
  return body;
}
