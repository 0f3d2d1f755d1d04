// `npm run bench:extract`: time extractReport over
//  1. the sample reports (median per report, reports per second, per 5 KB);
//  2. the corpus of real reports (samples/corpus, plus ../shared/corpus where new
//     reports arrive): median per 5 KB, target under 2 ms;
//  3. reports of about 5 KB, 50 KB and 200 KB made by concatenating real reports,
//     to see whether the time grows linearly with the text (target: 200 KB under 100 ms);
//  4. one report read through the server's worker pool against the same read in this
//     thread: what a preview pays for not holding the request thread (server/extract-pool).
// Absolute times depend on the machine (and on who else uses it), so each size is
// also compared with a "bare read" of the same text measured in the same run.
// A benchmark, not a test: it prints figures and never fails on them. About 30 s.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExtractionError, extractReport, type ExtractOptions } from "../server/extract";
import { createExtractPool, EXTRACT_WORKER_FILE } from "../server/extract-pool";

const ROOT = path.resolve(import.meta.dirname, "..");
const WARMUP_ROUNDS = 100;
const ROUNDS = 1000;
const CORPUS_ROUNDS = 300;
const KB = 1024;

interface Report {
  name: string;
  text: string;
  options: ExtractOptions;
}

function mdFiles(dir: string): string[] {
  const full = path.resolve(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => path.join(full, file));
}

function samples(): Report[] {
  return ["samples/reports", "samples/other-styles", "server/extract/fixtures"].flatMap((dir) =>
    mdFiles(dir).map((file) => ({ name: path.basename(file), text: readFileSync(file, "utf8"), options: {} })),
  );
}

/**
 * Most real reports do not date themselves; as score:corpus does, each gets its
 * gold's report date (else a date in its file name), so none is refused for want
 * of a date. The shared folder repeats the project's copy: same text counts once.
 */
function corpus(): Report[] {
  const seen = new Set<string>();
  const reports: Report[] = [];
  for (const base of ["samples/corpus", "../shared/corpus"]) {
    const dates = new Map<string, string>();
    const goldDir = path.resolve(ROOT, base, "gold");
    for (const gold of existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith(".json")) : []) {
      try {
        const parsed = JSON.parse(readFileSync(path.join(goldDir, gold), "utf8")) as { report?: string; reportDate?: string };
        if (parsed.reportDate) dates.set(parsed.report ?? gold.replace(/\.json$/, ".md"), parsed.reportDate);
      } catch {
        // a gold being written right now: the report falls back to its file name's date
      }
    }
    for (const file of mdFiles(`${base}/reports`)) {
      const text = readFileSync(file, "utf8");
      const hash = createHash("sha1").update(text).digest("hex");
      if (seen.has(hash)) continue;
      seen.add(hash);
      const name = path.basename(file);
      const referenceDate = dates.get(name) ?? /\d{4}-\d{2}-\d{2}/.exec(name)?.[0];
      reports.push({ name, text, options: { fileName: name, ...(referenceDate ? { referenceDate } : {}) } });
    }
  }
  return reports;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Extracts, or returns null when the extractor refuses the text (counted apart, not timed as a success). */
function extract(report: Report): boolean {
  try {
    extractReport(report.text, report.options);
    return true;
  } catch (error) {
    if (error instanceof ExtractionError) return false;
    throw error;
  }
}

/**
 * Median ms of one call of `run`. A sample repeats `run` until it has taken at
 * least 5 ms, so that fast calls (the bare read) are not lost in timer noise.
 */
function medianMs(run: () => void, samples: number): number {
  for (let i = 0; i < 3; i++) run(); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed: number;
    do {
      run();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < 5);
    times.push(elapsed / calls);
  }
  return median(times);
}

// The bare read: the least any line-based reader must do — split the text into
// lines and try one simple regex (a list item with a name) on each line.
const BARE_LINE = /^\s*(?:[-*+]|\d{1,3}[.．])\s*([^：:]{1,40})[：:]/;
let bareSink = 0; // keeps the bare read's result alive so the JIT cannot drop the work
function bareRead(text: string): void {
  for (const line of text.split(/\r\n|\r|\n/)) if (BARE_LINE.test(line)) bareSink++;
}

/**
 * About `bytes` of plausible report: whole real reports one after another (their
 * titles, headings and lists kept), cut at a line end. Each later copy of a report
 * gets its headings numbered, so the same group is not merged into one entry.
 */
function concatenated(pool: Report[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const round = Math.floor(i / pool.length);
    const text = pool[i % pool.length]!.text;
    const renamed = round > 0 ? text.replace(/^(#{1,6}[ \t].*?)[ \t]*$/gm, `$1（${round + 1}）`) : text;
    parts.push(renamed.trimEnd(), "\n\n");
    size += Buffer.byteLength(renamed) + 2;
  }
  const joined = parts.join("");
  // Cut at the last line end within `bytes` (the text is mostly 3-byte CJK: count bytes, not chars).
  const cut = Buffer.from(joined).subarray(0, bytes).toString("utf8");
  return cut.slice(0, cut.lastIndexOf("\n") + 1);
}

// 1. Sample reports, as before.
const all = samples();
for (let i = 0; i < WARMUP_ROUNDS; i++) for (const report of all) extract(report);
const perReport: number[] = [];
const perByte: number[] = [];
const started = performance.now();
for (let i = 0; i < ROUNDS; i++) {
  for (const report of all) {
    const t0 = performance.now();
    extract(report);
    const ms = performance.now() - t0;
    perReport.push(ms);
    perByte.push(ms / Buffer.byteLength(report.text));
  }
}
const elapsed = performance.now() - started;
const count = ROUNDS * all.length;
const avgBytes = all.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) / all.length;

console.log(`== sample reports: ${all.length} (${all.map((r) => r.name).join(", ")}), mean size ${(avgBytes / KB).toFixed(1)} KB`);
console.log(`iterations: ${count} after ${WARMUP_ROUNDS * all.length} warm-up runs`);
console.log(`median per report: ${median(perReport).toFixed(3)} ms`);
console.log(`reports per second: ${Math.round((count / elapsed) * 1000)}`);
console.log(`median per 5 KB: ${(median(perByte) * 5 * KB).toFixed(3)} ms (target < 2 ms)`);

// 2. The corpus of real reports: per report and overall, per 5 KB.
const real = corpus();
const refused = real.filter((report) => !extract(report));
const corpusPerByte: number[] = [];
console.log(`\n== corpus: ${real.length} real reports, ${CORPUS_ROUNDS} rounds each`);
for (const report of real) {
  const bytes = Buffer.byteLength(report.text);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) extract(report);
  for (let i = 0; i < CORPUS_ROUNDS; i++) {
    const t0 = performance.now();
    extract(report);
    times.push(performance.now() - t0);
  }
  for (const ms of times) corpusPerByte.push(ms / bytes);
  const ms = median(times);
  console.log(
    `  ${report.name.padEnd(46)} ${(bytes / KB).toFixed(1).padStart(5)} KB  ${ms.toFixed(3)} ms  ${((ms / bytes) * 5 * KB).toFixed(3)} ms/5KB`,
  );
}
if (refused.length > 0) console.log(`  refused by the extractor (timed all the same): ${refused.map((r) => r.name).join(", ")}`);
console.log(`corpus median per 5 KB: ${(median(corpusPerByte) * 5 * KB).toFixed(3)} ms (target < 2 ms)`);

// 3. Linearity: the same kind of text at 5, 50 and 200 KB, against the bare read.
// The reference date stands in for the header, which the first report may lack.
const pool = [...real, ...all];
const sizes = [5, 50, 200].map((kb) => ({ kb, text: concatenated(pool, kb * KB) }));
console.log(`\n== linearity: concatenated real reports (corpus + samples), median of several runs`);
const perKb: number[] = [];
for (const { kb, text } of sizes) {
  const report = { name: `${kb} KB`, text, options: { referenceDate: "2024-11-29" } };
  const bytes = Buffer.byteLength(text);
  const extractMs = medianMs(() => extract(report), kb >= 200 ? 9 : 15);
  const bareMs = medianMs(() => bareRead(text), 15);
  perKb.push(extractMs / (bytes / KB));
  console.log(
    `  ${`${(bytes / KB).toFixed(1)} KB`.padStart(9)} (${text.split("\n").length} lines): extract ${extractMs.toFixed(2)} ms, ` +
      `${(extractMs / (bytes / KB)).toFixed(4)} ms/KB; bare read ${bareMs.toFixed(3)} ms; extract / bare ${(extractMs / bareMs).toFixed(1)}×` +
      (kb === 200 ? ` (target: under 100 ms)` : ""),
  );
}
console.log(`ms/KB at 200 KB / ms/KB at 5 KB: ${(perKb[2]! / perKb[0]!).toFixed(2)}× (linear ≈ 1×)`);

// 4. Pooled against direct: the same report, one call at a time, after a warm-up of both.
spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-extract-worker.mjs")], { stdio: "inherit" });
const pooled = createExtractPool({ workerFile: EXTRACT_WORKER_FILE, budgetMs: 60_000, threads: 1 });
const one = all.find((r) => r.name === "2024-W47.md") ?? all[0]!;
const POOL_ROUNDS = 200;
for (let i = 0; i < 20; i++) await pooled.extract(one.text, one.options);
const pooledTimes: number[] = [];
const directTimes: number[] = [];
for (let i = 0; i < POOL_ROUNDS; i++) {
  let t0 = performance.now();
  await pooled.extract(one.text, one.options);
  pooledTimes.push(performance.now() - t0);
  t0 = performance.now();
  extract(one);
  directTimes.push(performance.now() - t0);
}
await pooled.close();
const [pooledMs, directMs] = [median(pooledTimes), median(directTimes)];
console.log(`\n== worker pool: ${one.name} (${(Buffer.byteLength(one.text) / KB).toFixed(1)} KB), median of ${POOL_ROUNDS}`);
console.log(`pooled ${pooledMs.toFixed(3)} ms, direct ${directMs.toFixed(3)} ms: pooled / direct ${(pooledMs / directMs).toFixed(2)}×`);
if (bareSink < 0) console.log(""); // never true; reads the sink
