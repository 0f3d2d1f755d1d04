// `npm run -s cli -- extract <report.md|.txt|.docx> [--date YYYY-MM-DD]`
// Prints the ExtractionResult as JSON on stdout; a .docx is read as the Markdown
// it converts to (the lines of provenance are that text's). An unreadable, empty
// or binary file is a CliError: one line on stderr (printed by main.ts), nothing on stdout.
import path from "node:path";
import { parseArgs } from "node:util";
import { ExtractionError, extractReport } from "../../extract";
import { env } from "../../env";
import { inputLimits } from "../../input-limits";
import { CliError } from "../cli-error";
import { readReportPaths } from "../read-report-paths";

const USAGE = "用法: extract <周报.md|.txt|.docx> [--date YYYY-MM-DD]";

function parse(args: string[]): { file: string; referenceDate: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { date: { type: "string" } } });
  } catch {
    throw new CliError(USAGE);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) throw new CliError(USAGE);
  const referenceDate = parsed.values.date;
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new CliError(`--date 格式应为 YYYY-MM-DD：${referenceDate}`);
  }
  return { file, referenceDate };
}

/** The one report in `file`, as text. */
async function readReport(file: string): Promise<string> {
  if (/\.zip$/i.test(file)) throw new CliError(`${file}：extract 一次只读一份周报，压缩包请用 import`);
  const [read] = await readReportPaths([file], inputLimits(env));
  if (!read?.ok) throw new CliError(read ? (read.message.includes(file) ? read.message : `${file}：${read.message}`) : USAGE);
  return read.text;
}

export async function run(args: string[]): Promise<number> {
  const { file, referenceDate } = parse(args);
  const text = await readReport(file);
  let json: string;
  try {
    const result = extractReport(text, { fileName: path.basename(file), ...(referenceDate ? { referenceDate } : {}) });
    json = JSON.stringify(result, null, 2);
  } catch (error) {
    if (error instanceof ExtractionError) throw new CliError(`${file}：${error.message}`);
    throw error;
  }
  process.stdout.write(`${json}\n`);
  return 0;
}
