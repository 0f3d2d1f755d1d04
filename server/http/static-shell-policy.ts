// The script policy of a static page (app/page.tsx). Its HTML is the same bytes for every
// visit, prerendered by `next build`, so it cannot carry a nonce per request; its inline
// scripts (Next's flight data, the early read) are allowed by their SHA-256 hashes instead,
// read once from the prerendered file that `next start` serves.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The static pages, by path, and their prerendered HTML under .next/server/app. */
const STATIC_PAGES: Readonly<Record<string, string>> = { "/": "index.html" };

/** The CSP hash sources (`sha256-…`) of the scripts written inline in `html`; scripts with a `src` load under 'self'. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  const lower = html.toLowerCase();
  for (let at = lower.indexOf("<script"); at !== -1; at = lower.indexOf("<script", at + 1)) {
    const tagEnd = lower.indexOf(">", at);
    const close = lower.indexOf("</script", tagEnd);
    if (tagEnd === -1 || close === -1) break;
    if (/\ssrc\s*=/.test(lower.slice(at, tagEnd))) continue;
    const text = html.slice(tagEnd + 1, close);
    if (text) hashes.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

const read = new Map<string, readonly string[] | null>();

/**
 * The inline-script hashes of the static page at `pathname`, or null: not a static page, or no
 * prerendered file (`next dev` renders every request, and gets a nonce like any other page).
 */
export function staticPageScriptHashes(pathname: string, distDir = path.join(process.cwd(), ".next")): readonly string[] | null {
  const file = STATIC_PAGES[pathname];
  if (!file) return null;
  const key = path.join(distDir, "server", "app", file);
  if (!read.has(key)) {
    let hashes: readonly string[] | null = null;
    try {
      hashes = inlineScriptHashes(readFileSync(key, "utf8"));
    } catch {
      // no prerendered page: hashes stay null
    }
    read.set(key, hashes);
  }
  return read.get(key)!;
}
