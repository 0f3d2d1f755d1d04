import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { weeklyWorkbook } from "../../lib/report-input/fixtures/weekly-workbook";
import { REPO_ROOT } from "../testing/score-extraction";

// The `extract` command of server/cli, run as a user runs it (tsx server/cli/main.ts).
const run = async (...args: string[]) => {
  const tsx = path.join(REPO_ROOT, "node_modules/.bin/tsx");
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ["server/cli/main.ts", "extract", ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe("cli extract", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cli-extract-"));

  it("prints the extraction as indented JSON", async () => {
    const { code, stdout } = await run("samples/reports/2024-W47.md");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"week": "2024-W47"/);
    expect(JSON.parse(stdout).entries.length).toBeGreaterThan(20);
  });

  it("uses --date when the report has no date", async () => {
    const file = path.join(dir, "undated.md");
    writeFileSync(file, "# 周报\n\n1. 网关：下周上线\n");
    const { code, stdout } = await run(file, "--date", "2024-11-23");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ reportDate: "2024-11-23", reportDateSource: "argument" });
  });

  it("dates a report that does not date itself by its file name", async () => {
    const file = path.join(dir, "20170515-20170519周任务及进度.md");
    writeFileSync(file, "# 周任务及进度\n\n1. 网关：下周上线\n");
    const { code, stdout } = await run(file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ reportDate: "2017-05-19", reportDateSource: "file-name", week: "2017-W20" });
  });

  it.each([
    ["empty", "", /空/],
    ["binary", "a\u0000b", /二进制/],
  ])("refuses an %s file with one line on stderr and nothing on stdout", async (name, content, message) => {
    const file = path.join(dir, `${name}.md`);
    writeFileSync(file, content);
    const { code, stdout, stderr } = await run(file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("refuses a missing file, Latin-1 text, a zip and a workbook of several sheets", async () => {
    const latin1 = path.join(dir, "latin1.md");
    writeFileSync(latin1, Buffer.from("Réseau : déploiement prévu, équipe réunie", "latin1"));
    const workbook = path.join(dir, "weeks.xlsx");
    writeFileSync(workbook, await weeklyWorkbook());
    for (const [file, message] of [
      [path.join(dir, "nope.md"), /找不到文件/],
      [latin1, /无法识别文件编码/],
      [path.join(dir, "past.zip"), /import/],
      [workbook, /2 个工作表，请用 import/],
    ] as const) {
      const { code, stdout, stderr } = await run(file);
      expect([code, stdout]).toEqual([1, ""]);
      expect(stderr).toMatch(message);
    }
  }, 90_000);

  it("reads a Word file and a GBK file as the Markdown report they hold", async () => {
    const fixtures = "lib/report-input/fixtures";
    const files = ["word-report.md", "word-report.docx", "word-report.gbk.md"];
    const [markdown, ...others] = await Promise.all(files.map((file) => run(`${fixtures}/${file}`)));
    for (const [i, { code, stdout }] of others.entries()) {
      expect(code, files[i + 1]).toBe(0);
      expect(JSON.parse(stdout), files[i + 1]).toEqual(JSON.parse(markdown!.stdout));
    }
  }, 90_000);
});
