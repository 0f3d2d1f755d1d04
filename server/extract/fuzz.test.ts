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
  "上线",
  "预计",
  "已",
  "原定",
  "延期至",
  "调整为",
  "由",
  "前",
  "进度",
  "%",
  "：",
  ":",
  "，",
  "；",
  "。",
  "\n",
  "\n- ",
  "\n1. ",
  "\n## ",
  "\n# 2024-W47\n",
  "【",
  "】",
  "|",
  "---",
  "12/5",
  "11/28",
  "2024-12-05",
  "12.20",
  "1月初",
  "下下周",
  "周四",
  "Q1",
  "明年一季度",
  "春节",
  "年底前",
  "12月第三周",
  "9999-99-99",
  "0/0",
  "13/45",
  "2月30日",
  "十二月五日",
  "  ",
  "\t",
  "Created: 2024年11月23日 09:43\n",
  "日期：2099-12-31\n",
  "日期：2000-01-01\n",
  "Go-live",
  "UAT",
  "（",
  "）",
  "**",
  "\u0001",
  "\uFFFD",
  "😀",
  "\u200b",
  "\r\n",
  "2100年12月31日",
  "1999年1月1日",
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
  const dates = [
    result.reportDate,
    ...result.entries.flatMap((e) => e.milestones.flatMap((m) => [m.date, m.rangeStart, m.baselineDate ?? m.date])),
  ];
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
/** About 1 MB of real report; each copy gets its own initiative names, as a long real report would have. */
const LONG_REPORT = Array.from({ length: Math.ceil((1024 * 1024) / Buffer.byteLength(W47)) }, (_, i) => W47.replaceAll("：", `${i}：`))
  .join("\n")
  .slice(0, 720_000);

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

  it("reads 1 MB of real report", () => {
    const value = attempt(LONG_REPORT);
    expect(Buffer.byteLength(LONG_REPORT)).toBeGreaterThan(1_000_000);
    expect(value?.entries.length).toBeGreaterThan(1000);
    expect(value?.entries.flatMap((e) => e.milestones).length).toBeGreaterThan(1000);
  });

  it.each([
    ["one 1 MB line of dates and events", "12/5上线，".repeat(110_000)],
    ["1 MB of digits and separators", "1/2.3-4".repeat(150_000)],
    ["1 MB without any separator", "预计上线".repeat(90_000)],
    [
      "deeply nested bullets",
      `# 2024-W47\n${Array.from({ length: 20_000 }, (_, i) => `${" ".repeat(i % 2000)}- 第${i}项：12/5上线`).join("\n")}`,
    ],
    [
      "thousands of headings",
      `# 2024-W47\n${Array.from({ length: 30_000 }, (_, i) => `${"#".repeat(1 + (i % 6))} 【组${i}】\n1. 项：进度${i % 100}%`).join("\n")}`,
    ],
    ["a huge table", `# 2024-W47\n| 项目 | 进度 | 计划 |\n|---|---|---|\n${"| 网关 | 50% | 12/5上线，原定12/1 |\n".repeat(30_000)}`],
    ["brackets that never close", `# 2024-W47\n- ${"【（(".repeat(200_000)}`],
  ])("handles %s in at most 5 times the time of 1 MB of real report", (_, text) => {
    // A ratio to a yardstick read in the same test, not a wall-clock bound: a shared CI
    // machine slows both alike, while a backtracking pattern takes minutes, not seconds.
    const yardstick = Math.min(timed(() => attempt(LONG_REPORT)).ms, timed(() => attempt(LONG_REPORT)).ms);
    const first = timed(() => attempt(text, "2024-11-23"));
    expectDatesInBounds(first.value);
    const ms = first.ms < 5 * yardstick ? first.ms : Math.min(first.ms, timed(() => attempt(text, "2024-11-23")).ms);
    expect(ms / yardstick).toBeLessThan(5);
  });

  it("refuses input above the size limit with a message", () => {
    const text = "# 2024-W47\n1. 网关：12/5上线\n".repeat(120_000);
    expect(() => extractReport(text)).toThrow(/大小上限/);
  });
});

/**
 * The structure step (outline: headings, lists, quotes, tables, bold and 【】
 * groups) and the per-line rules under extreme shapes. Each case must not throw
 * (bar ExtractionError), must keep its dates in 2000–2100 and must end within
 * vitest's per-test timeout. The timeout is generous on purpose: it catches a
 * regular expression that backtracks quadratically (seconds to minutes at
 * 100 KB), not a slow machine; no case asserts on precise timing.
 */
describe("the structure step under extreme shapes", () => {
  const HOSTILE_TIMEOUT = 10_000;
  const RUN = 100 * 1024; // characters: at least 100 KB whatever the character
  const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join("\n");
  // A dated title first, so that a refusal can only come from the shape under test.
  const report = (body: string) => `# 2024-W47\n${body}\n`;
  const survives = (text: string, referenceDate?: string) => expectDatesInBounds(attempt(text, referenceDate));

  const ragged = (() => {
    const next = prng(1000);
    return lines(1000, (i) => {
      const cells = Array.from({ length: Math.floor(next() * 12) }, (_, c) =>
        c === 1 ? `${i % 130}%` : `项${i}-${c} 12/${1 + (i % 28)}上线`,
      );
      return `|${cells.join("|")}${next() < 0.5 ? "|" : ""}`;
    });
  })();
  const progressCells = ["50%", "约30%", "１００％", "999%", "-1%", "12.5 %", "abc%", "%", "—", "", "进度80%", "100%%"];

  it.each([
    [
      "headings # to ###### and back, 2,000 times",
      report(lines(2000, (i) => `${"#".repeat(1 + Math.abs((i % 10) - 5))} 组${i}\n- 项${i}：12/5上线`)),
    ],
    ["headings ###### first, then #", report(lines(1000, (i) => `${"#".repeat(6 - (i % 6))} 组${i}\n1. 项${i}：进度${i % 100}%`))],
    [
      "a list nested 200 levels deep by spaces, 50 times",
      report(lines(10_000, (i) => `${"  ".repeat(i % 200)}- 第${i % 200}层${i}：12/${1 + (i % 28)}上线，进度${i % 100}%`)),
    ],
    [
      "a list nested 200 levels deep by tabs and 　",
      report(lines(10_000, (i) => `${(i % 2 ? "\t" : "\u3000").repeat(i % 200)}${1 + (i % 999)}. 项${i}：下周四联调`)),
    ],
    ["a list 200 levels deep and straight back", report(lines(400, (i) => `${" ".repeat(i < 200 ? i : 399 - i)}- 项${i}：12/5上线`))],
    [
      "colon paragraphs nested 200 levels deep",
      report(lines(10_000, (i) => `${" ".repeat(i % 200)}事项${i}：预计${1 + (i % 12)}月底上线`)),
    ],
    ["quotes nested 200 levels deep", report(lines(10_000, (i) => `${"> ".repeat(i % 200)}- 项${i}：12/5上线`))],
    ["quotes nested 200 levels deep without spaces", report(lines(10_000, (i) => `${">".repeat(i % 200)}1. 项${i}：12/5上线`))],
    [
      "quotes, headings and lists interleaved",
      report(
        lines(
          6000,
          (i) =>
            [
              `${"#".repeat(1 + (i % 6))} 组${i}`,
              `${"> ".repeat(i % 50)}项${i}：12/5上线`,
              `${"  ".repeat(i % 200)}- 子项${i}：进度${i % 100}%`,
            ][i % 3]!,
        ),
      ),
    ],
  ])("%s", (_, text) => survives(text), HOSTILE_TIMEOUT);

  it.each([
    ["10,000 sibling bullets", report(lines(10_000, (i) => `- 事项${i}：12/${1 + (i % 28)}上线，进度${i % 100}%`))],
    ["10,000 numbered siblings", report(lines(10_000, (i) => `${i + 1}. 事项${i}：原定12/1，延期至12/${1 + (i % 28)}上线`))],
    ["10,000 sibling items of the same name", report(lines(10_000, () => "- 网关：12/5上线"))],
    ["10,000 colon paragraphs", report(lines(10_000, (i) => `事项${i}：下周${"一二三四五"[i % 5]}提测`))],
  ])("%s", (_, text) => survives(text), HOSTILE_TIMEOUT);

  it.each([
    [
      "a 1,000-row table with a header separator",
      report(
        "| 项目 | 进度 | 计划 |\n|---|:---:|---|\n" +
          lines(1000, (i) => `| 事项${i} | ${progressCells[i % progressCells.length]} | 12/${1 + (i % 28)}上线 |`),
      ),
    ],
    [
      "a 1,000-row table without a separator",
      report(`| 项目 | 进度 | 计划 |\n${lines(1000, (i) => `| 事项${i} | ${i % 101}% | 12/${1 + (i % 28)}上线 |`)}`),
    ],
    ["a 1,000-row table of ragged rows", report(`| 项目 | 进度 | 负责人 | 计划 |\n|---|---|---|---|\n${ragged}`)],
    ["a 1,000-row ragged table without a header", report(ragged)],
    [
      "a table of 1,000 columns",
      report(`|${lines(1000, (c) => ` 进度${c} `).replaceAll("\n", "|")}|\n|${"---|".repeat(1000)}\n|${"50% | 12/5上线 |".repeat(500)}`),
    ],
    ["1,000 tables of a header and a separator", report(lines(1000, (i) => `| 项目${i} | 进度 |\n|---|---|\n\n`))],
  ])("%s", (_, text) => survives(text), HOSTILE_TIMEOUT);

  it.each([
    ["10,000 bold lines", report(lines(10_000, (i) => `**组${i}**`))],
    ["10,000 bold lines with items", report(lines(10_000, (i) => (i % 2 ? `- 项${i}：12/5上线` : `**组${i}**：`)))],
    ["10,000 bold lines that never close", report(lines(10_000, (i) => `**组${i}：12/5上线`))],
    ["5,000 【…】 lines", report(lines(5000, (i) => `【组${i}】`))],
    ["5,000 【…】 lines with items", report(lines(5000, (i) => `- 【组${i}】：\n  1. 项${i}：进度${i % 100}%，12/5上线`))],
    ["5,000 【 lines that never close", report(lines(5000, (i) => `【${"组".repeat(i % 100)}${i}：12/5上线`))],
  ])("%s", (_, text) => survives(text), HOSTILE_TIMEOUT);

  // One character of every kind a rule looks at, 100 KB long, where each rule looks.
  const RUN_CHARS = [" ", "\t", "\u3000", "#", "-", "|", "*", "【", "】", "：", ":", "0", "1", ".", ",", "/", "月", "%", "（"];
  const placements: Array<[string, (run: string) => string]> = [
    ["after `1. 项目：`, before a date", (run) => report(`1. 项目：${run}12/5上线`)],
    ["after `1. 项目：`, before text", (run) => report(`1. 项目：${run}x`)],
    ["after a digit in an item", (run) => report(`1. 项目：进度1${run}x`)],
    ["as a line of its own", (run) => report(`${run}\n- 网关：12/5上线`)],
    ["as a list item", (run) => report(`- ${run}x\n- 网关：12/5上线`)],
    ["in a heading", (run) => report(`## ${run}x\n- 网关：12/5上线`)],
    ["in the title", (run) => `# ${run}x\n- 网关：12/5上线\n`],
    ["in table cells", (run) => report(`| 项目 | 进度 |\n|---|---|\n| 网关${run}x | 5${run}% |`)],
  ];
  describe.each(RUN_CHARS.map((char) => [JSON.stringify(char), char] as const))("100 KB of %s", (_, char) => {
    it.each(placements)(
      "%s",
      (_, place) => {
        const text = place(char.repeat(RUN));
        survives(text, "2024-11-23");
        survives(text); // without a reference date the header rules read the title and the first lines too
      },
      HOSTILE_TIMEOUT,
    );
  });
});

/**
 * Doubling a hostile input must not much more than double the time: a
 * quadratic step quadruples it, which a time limit on one size only shows once
 * the input is large. Each shape grows until one run takes at least 50 ms of
 * CPU (no size limit here), so that the timer's grain is lost in the measure.
 * The best of three runs of each size counts, as a busy machine only ever makes
 * a run slower; the sizes take turns after a first untimed run of the larger,
 * since a heap grown by a larger input slows every later run. Linear work gives
 * a ratio near 2; the bound is 3. A collection of the garbage of earlier runs
 * can land in any one measure, so a ratio over the bound is measured again at
 * twice the size, up to three times: quadratic work fails at every size.
 */
describe("extractReport time as hostile input doubles", () => {
  const MIN_MS = 100;
  const MAX_CHARS = 16 * 1024 * 1024;
  const report = (body: string) => `# 2024-W47\n${body}\n`;
  // 模 and three letters: names none of which holds another.
  const subjectName = (i: number) => `模${[0, 1, 2].map((k) => String.fromCharCode(0x5c00 + (Math.floor(i / 64 ** k) % 64))).join("")}`;
  const dates = (n: number, separator: string) => Array.from({ length: n }, (_, i) => `${1 + (i % 12)}/${1 + (i % 28)}`).join(separator);
  const shapes: Array<[string, (n: number) => string]> = [
    // Thousands of dates in one clause, sentence or line: each date's state and event were read from all of it again.
    ["dates in one clause, split by 、", (n) => report(`1. 项目：上线${dates(n, "、")}`)],
    ["dates in one sentence, split by ，", (n) => report(`1. 项目：上线${dates(n, "，")}`)],
    ["dates in one clause, each before its event", (n) => report(`1. 项目：预计${dates(n, "上线")}上线`)],
    ["old dates in one clause (原定…)", (n) => report(`1. 项目：原定${dates(n, "、原定")}，延期至12/5上线`)],
    // Distinct subjects of one event on one day: each was compared with every one kept before it.
    [
      "distinct subjects of one event and day",
      (n) => report(`1. 项目：${Array.from({ length: n }, (_, i) => `${subjectName(i)}12/5上线`).join("、")}`),
    ],
    ["paired dates in one clause (下周二（12/3）)", (n) => report(`1. 项目：${"下周二（12/3）、".repeat(n)}上线`)],
    // Within the item's words, where the progress and state rules look (`完成率`, `已在`).
    ["a run of spaces after `1. 项目：`", (n) => report(`1. 项目：完成率${" ".repeat(n)}已在${" ".repeat(n)}12/5上线`)],
    // `,000` groups thousands, so the clause (and the cause before it) goes on.
    ["alternating 因于 pairs", (n) => report(`1. 项目：12/5上线${"因于".repeat(n)},000`)],
    [
      "`<td` repeated",
      (n) => report(`<table>\n<tr><th>项目</th><th>计划</th></tr>\n<tr><td>网关</td><td>12/5上线${"<td".repeat(n)}</td></tr>\n</table>`),
    ],
    ["`![](` repeated", (n) => report(`1. 网关：12/5上线${"![](".repeat(n)}`)],
    [
      "`<br>` runs around a heading's name and in table cells",
      (n) =>
        report(
          `## ${"<br> ".repeat(n)}网关${"<br> ".repeat(n)}\n- 12/5上线\n\n| 项目 | 计划 |\n|---|---|\n| 网关${" ".repeat(n)}<br | 12/5上线${"<br>".repeat(n)} |`,
        ),
    ],
    ["a long line of digits and separators", (n) => report(`1. 项目：${"1/2.3-4 ".repeat(n)}`)],
  ];

  const run = (text: string) => {
    const { value, ms } = timed(() => extractReport(text, { referenceDate: "2024-11-23", maxBytes: Infinity }));
    expect(value.entries.length).toBeGreaterThan(0);
    return ms;
  };

  it.each(shapes)(
    "%s: twice the input takes less than three times as long",
    (_, shape) => {
      let n = 1000;
      while (Math.min(run(shape(n)), run(shape(n))) < MIN_MS) {
        n *= 2;
        expect(shape(2 * n).length).toBeLessThanOrEqual(MAX_CHARS);
      }
      const ratios: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++, n *= 2) {
        const [small, large] = [shape(n), shape(2 * n)];
        run(large);
        const once: number[] = [];
        const twice: number[] = [];
        for (let round = 0; round < 3; round++) {
          once.push(run(small));
          twice.push(run(large));
        }
        ratios.push(Math.min(...twice) / Math.min(...once));
        if (ratios.at(-1)! < 3) break;
      }
      expect(Math.min(...ratios)).toBeLessThan(3);
    },
    120_000,
  );
});
