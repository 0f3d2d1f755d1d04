// `npm run bench:extract`: time extractReport over the sample reports.
// Prints the median time per report, reports per second, and the time per
// 5 KB of report text (target: under 2 ms per 5 KB report).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractReport } from "../server/extract";

const ROOT = path.resolve(import.meta.dirname, "..");
const WARMUP_ROUNDS = 200;
const ROUNDS = 2000;

function reports(): Array<{ name: string; text: string }> {
  const dirs = ["samples/reports", "samples/other-styles", "server/extract/fixtures"];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((file) => file.endsWith(".md"))
      .map((file) => ({ name: `${dir}/${file}`, text: readFileSync(path.join(ROOT, dir, file), "utf8") })),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const all = reports();
for (let i = 0; i < WARMUP_ROUNDS; i++) for (const { text } of all) extractReport(text);

const perReport: number[] = [];
const perByte: number[] = [];
const started = performance.now();
for (let i = 0; i < ROUNDS; i++) {
  for (const { text } of all) {
    const t0 = performance.now();
    extractReport(text);
    const ms = performance.now() - t0;
    perReport.push(ms);
    perByte.push(ms / Buffer.byteLength(text));
  }
}
const elapsed = performance.now() - started;
const count = ROUNDS * all.length;
const avgBytes = all.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) / all.length;

console.log(`reports: ${all.length} (${all.map((r) => path.basename(r.name)).join(", ")}), mean size ${(avgBytes / 1024).toFixed(1)} KB`);
console.log(`iterations: ${count} after ${WARMUP_ROUNDS * all.length} warm-up runs`);
console.log(`median per report: ${median(perReport).toFixed(3)} ms`);
console.log(`reports per second: ${Math.round((count / elapsed) * 1000)}`);
console.log(`median per 5 KB: ${(median(perByte) * 5 * 1024).toFixed(3)} ms (target < 2 ms)`);
