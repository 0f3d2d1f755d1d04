import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractReport } from "./extract-report";
import { REPO_ROOT } from "../testing/score-extraction";
import { ExtractionError, type ExtractionResult } from "./types";

/** mulberry32: a tiny seeded PRNG, so every failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W47 = readFileSync(path.join(REPO_ROOT, "samples/reports/2024-W47.md"), "utf8");
const PIECES = [
  "上线", "预计", "已", "原定", "延期至", "调整为", "由", "前", "进度", "%", "：", ":", "，", "；", "。", "\n", "\n- ", "\n1. ",
  "\n## ", "\n# 2024-W47\n", "【", "】", "|", "---", "12/5", "11/28", "2024-12-05", "12.20", "1月初", "下下周", "周四",
  "Q1", "明年一季度", "春节", "年底前", "12月第三周", "9999-99-99", "0/0", "13/45", "2月30日", "十二月五日", "  ", "\t",
  "Created: 2024年11月23日 09:43\n", "日期：2099-12-31\n", "日期：2000-01-01\n", "Go-live", "UAT", "（", "）", "**",
  "\u0001", "\uFFFD", "😀", "\u200b", "\r\n", "2100年12月31日", "1999年1月1日",
];

function randomText(next: () => number, length: number): string {
  let text = "";
  while (text.length < length) {
    const roll = next();
    if (roll < 0.6) text += PIECES[Math.floor(next() * PIECES.length)];
    else if (roll < 0.8) text += String.fromCharCode(0x4e00 + Math.floor(next() * 0x5000));
    else text += String.fromCharCode(32 + Math.floor(next() * 95));
  }
  return text;
}

function mutate(next: () => number, text: string, edits: number): string {
  let out = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * out.length);
    const roll = next();
    if (roll < 0.4) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 20));
    else if (roll < 0.8) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + 200) + out.slice(at);
  }
  return out;
}

/** Runs the extractor; anything thrown must be an ExtractionError. */
function attempt(text: string, referenceDate?: string): ExtractionResult | null {
  try {
    return extractReport(text, referenceDate ? { referenceDate } : {});
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    expect(error.message).not.toBe("");
    return null;
  }
}

function expectDatesInBounds(result: ExtractionResult | null): void {
  if (!result) return;
  const dates = [result.reportDate, ...result.entries.flatMap((e) => e.milestones.flatMap((m) => [m.date, m.rangeStart, m.baselineDate ?? m.date]))];
  const bad = dates.filter((date) => {
    const year = Number(date.slice(0, 4));
    return !/^\d{4}-\d{2}-\d{2}$/.test(date) || year < 2000 || year > 2100;
  });
  expect(bad).toEqual([]);
}

/**
 * CPU time of this process, not wall time: the bound is about the extractor's
 * work, and the CI machine (2 cores) is often busy with other test files.
 */
function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

describe("extractReport under random and hostile input", () => {
  it("only ever throws ExtractionError on random text, and keeps dates in 2000–2100", () => {
    const next = prng(47);
    for (let i = 0; i < 400; i++) {
      const text = randomText(next, 1 + Math.floor(next() * 600));
      expectDatesInBounds(attempt(text, next() < 0.5 ? "2024-11-23" : undefined));
    }
  });

  it("survives garbled versions of a real report", () => {
    const next = prng(2024);
    for (let i = 0; i < 200; i++) {
      expectDatesInBounds(attempt(mutate(next, W47, 1 + Math.floor(next() * 60))));
    }
  });

  it("reads 1 MB of report in well under 2 s", () => {
    // Each copy gets its own initiative names, as a long real report would have.
    const copies = Math.ceil((1024 * 1024) / Buffer.byteLength(W47));
    const text = Array.from({ length: copies }, (_, i) => W47.replaceAll("：", `${i}：`)).join("\n").slice(0, 720_000);
    const { value, ms } = timed(() => attempt(text));
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    expect(value?.entries.length).toBeGreaterThan(1000);
    expect(value?.entries.flatMap((e) => e.milestones).length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(2000);
  });

  it.each([
    ["one 1 MB line of dates and events", "12/5上线，".repeat(110_000)],
    ["1 MB of digits and separators", "1/2.3-4".repeat(150_000)],
    ["1 MB without any separator", "预计上线".repeat(90_000)],
    ["deeply nested bullets", `# 2024-W47\n${Array.from({ length: 20_000 }, (_, i) => `${" ".repeat(i % 2000)}- 第${i}项：12/5上线`).join("\n")}`],
    ["thousands of headings", `# 2024-W47\n${Array.from({ length: 30_000 }, (_, i) => `${"#".repeat(1 + (i % 6))} 【组${i}】\n1. 项：进度${i % 100}%`).join("\n")}`],
    ["a huge table", `# 2024-W47\n| 项目 | 进度 | 计划 |\n|---|---|---|\n${"| 网关 | 50% | 12/5上线，原定12/1 |\n".repeat(30_000)}`],
    ["brackets that never close", `# 2024-W47\n- ${"【（(".repeat(200_000)}`],
  ])("handles %s within 2 s", (_, text) => {
    const { value, ms } = timed(() => attempt(text, "2024-11-23"));
    expectDatesInBounds(value);
    expect(ms).toBeLessThan(2000);
  });

  it("refuses input above the size limit with a message", () => {
    const text = "# 2024-W47\n1. 网关：12/5上线\n".repeat(120_000);
    expect(() => extractReport(text)).toThrow(/大小上限/);
  });
});
