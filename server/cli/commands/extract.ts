// `npm run -s cli -- extract <report.md|.txt|.docx> [--date YYYY-MM-DD] [--profile profile.json]`
// Prints the ExtractionResult as JSON on stdout; a .docx is read as the Markdown
// it converts to (the lines of provenance are that text's). An unreadable, empty
// or binary file is a CliError: one line on stderr (printed by main.ts), nothing on stdout.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ExtractionError, extractReport } from "../../extract";
import { env } from "../../env";
import { inputLimits } from "../../input-limits";
import type { LayoutProfile } from "../../../lib/layout-profile/layout-profile";
import { parseLayoutProfile } from "../../../lib/layout-profile/parse-layout-profile";
import { CliError } from "../cli-error";
import { readReportPaths } from "../read-report-paths";

const USAGE = "用法: extract <周报.md|.txt|.docx> [--date YYYY-MM-DD] [--profile 版式配置.json]";

function parse(args: string[]): { file: string; referenceDate: string | undefined; profileFile: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { date: { type: "string" }, profile: { type: "string" } } });
  } catch {
    throw new CliError(USAGE);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) throw new CliError(USAGE);
  const referenceDate = parsed.values.date;
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new CliError(`--date 格式应为 YYYY-MM-DD：${referenceDate}`);
  }
  return { file, referenceDate, profileFile: parsed.values.profile };
}

/** A layout profile exported from a department's profile page (or written by hand), checked whole. */
async function readProfile(file: string): Promise<LayoutProfile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`${file}：无法读取版式配置文件`);
  }
  const parsed = parseLayoutProfile(text);
  if (!parsed.ok) throw new CliError(`${file}：${parsed.message}`);
  return parsed.profile;
}

/** The one report in `file`, as text. */
async function readReport(file: string): Promise<string> {
  if (/\.zip$/i.test(file)) throw new CliError(`${file}：extract 一次只读一份周报，压缩包请用 import`);
  const reports = await readReportPaths([file], inputLimits(env));
  if (reports.length > 1) throw new CliError(`${file}：extract 一次只读一份周报，这个工作簿有 ${reports.length} 个工作表，请用 import`);
  const [read] = reports;
  if (!read?.ok) throw new CliError(read ? (read.message.includes(file) ? read.message : `${file}：${read.message}`) : USAGE);
  return read.text;
}

export async function run(args: string[]): Promise<number> {
  const { file, referenceDate, profileFile } = parse(args);
  const profile = profileFile ? await readProfile(profileFile) : undefined;
  const text = await readReport(file);
  let json: string;
  try {
    const result = extractReport(text, {
      fileName: path.basename(file),
      ...(referenceDate ? { referenceDate } : {}),
      ...(profile ? { profile } : {}),
    });
    json = JSON.stringify(result, null, 2);
  } catch (error) {
    if (error instanceof ExtractionError) throw new CliError(`${file}：${error.message}`);
    throw error;
  }
  process.stdout.write(`${json}\n`);
  return 0;
}
