// Report text is user content: escaped for each target so a `**`, a `<font>` or a
// `](javascript:…)` in a report prints as typed instead of changing the message.

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML (the e-mail). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML[c]!);

/**
 * Text for 钉钉 / 企业微信 markdown: one line (a newline could start a heading or a
 * quote), HTML-ish characters as entities (both render `<font>` tags), and every
 * markdown punctuation mark backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, (c) => `\\${c}`);
}

/** A link target for markdown: our own URL, with the characters that would end it encoded. */
export const markdownUrl = (url: string): string => encodeURI(decodeURI(url)).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"));
