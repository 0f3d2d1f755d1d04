// A Word (.docx, also what WPS saves) report as Markdown: mammoth maps Word's
// heading styles, numbered and bulleted lists (with their levels), tables and
// bold to HTML, and htmlToMarkdown writes that as the reader's Markdown.
// mammoth is loaded on first use: the import page only pays for it with a .docx.
import { htmlToMarkdown } from "./html-to-markdown";

export async function docxToMarkdown(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import("mammoth")).default;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's build reads `buffer`, the browser's `arrayBuffer`: both name the same bytes.
  const input = { buffer: bytes as unknown as Buffer, arrayBuffer };
  const { value } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
  return htmlToMarkdown(value);
}
