import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../samples");

/** The six weekly sample reports, W45 … W50, as [file name, text]. */
export function sampleReports(): [string, string][] {
  const dir = path.join(SAMPLES_DIR, "reports");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);
}
