// A real bi-weekly report of the openEuler RISC-V SIG (samples/corpus, report
// 43) and the next one of the same team in the same layout, written here from
// it (CRLF line ends, as the file): two release-plan phases moved, the release
// requirements done the day before the report, the kernel upgrade of the
// baseline table done later than reported, the build statistics one row
// longer and other meeting notes. The baseline table reports three milestones
// that are all titled 完成, one per package row.
import { readFileSync } from "node:fs";
import path from "node:path";

const CORPUS_REPORT = path.resolve(import.meta.dirname, "../../samples/corpus/reports/43_oerv_biweekly_2021-12-02.md");

export const OERV_DATE_1 = "2021-12-02";
export const OERV_DATE_2 = "2021-12-16";

/** The report as the team wrote it (period 11.18-12.2). */
export function oervWeek1(): string {
  return readFileSync(CORPUS_REPORT, "utf8");
}

/** Replaces exactly one occurrence of `from`, so that a change of the corpus file fails loudly here. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const pattern = typeof from === "string" ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(from, "g");
  const hits = text.match(pattern)?.length ?? 0;
  if (hits !== 1) throw new Error(`oerv-biweekly: ${String(from)} occurs ${hits} times`);
  return text.replace(pattern, to);
}

/** The next report of the team (period 12.3-12.16), in the same layout. */
export function oervWeek2(): string {
  const edits: [string | RegExp, string][] = [
    ["# 工作总结 [11.18-12.2]", "# 工作总结 [12.3-12.16]"],
    // build statistics: one more day (a measurement, no milestone)
    [/(\| 20211130 \|[^\n]*\n)/, "$1   | 20211215 | 2502      | 120    | 1420         | 2      | 1        | 61       |\r\n"],
    ["- 新增成功：118个", "- 新增成功：61个"],
    // the main development phase ends later, and so does the Alpha self-check
    [/(以功能支持\+fix问题包的主要开发阶段\(测试驱动\)\s*\|\s*2021\/11\/1\s*\|\s*)2021\/12\/30/, "$12022/1/10"],
    [/(Alpha自验证\s*\|\s*)2022\/2\/7(\s*\|\s*)2022\/2\/11/, "$12022/2/14$22022/2/18"],
    // the kernel's upgrade was done later than reported (a row of the three whose milestone is titled 完成)
    [/(\| kernel\s*\|\s*5\.10\s*\|\s*小版本升级\s*\|\s*)11\.30/, "$112.10"],
    // the release requirements are done, on the day before the report
    [/(发版需求\s*\|\s*2021\/11\/1\s*\|\s*)2021\/12\/30/, "$12021/12/15"],
    // other notes in the meeting section
    ["1. 22.03 工程、分支的建立", "1. 22.03 工程的验收"],
    ["2. 建一个种子仓库：种子仓库需要是自洽的", "2. 种子仓库的自洽检查"],
    ["分支管理：如何管理，对应关系", "工程管理：分组与对应关系"],
  ];
  return edits.reduce((text, [from, to]) => replaceOnce(text, from, to), oervWeek1());
}
