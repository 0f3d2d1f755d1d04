import { createHash } from "node:crypto";

/** Same report, same hash: line endings and trailing blanks do not make a new version. */
export function contentHash(text: string): string {
  const canonical = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .trim();
  return createHash("sha256").update(canonical).digest("hex");
}
