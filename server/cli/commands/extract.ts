// `npm run -s cli -- extract <report.md> [--date YYYY-MM-DD]`
// Prints the ExtractionResult as JSON on stdout. An unreadable, empty or binary
// file is a CliError: one line on stderr (printed by main.ts), nothing on stdout.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeReportBytes, ExtractionError, extractReport } from "../../extract";
import { CliError } from "../cli-error";

const USAGE = "用法: extract <周报.md> [--date YYYY-MM-DD]";

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

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个目录" : code === "EACCES" ? "没有读取权限" : "无法读取";
    throw new CliError(`${reason}：${file}`);
  }
}

export async function run(args: string[]): Promise<number> {
  const { file, referenceDate } = parse(args);
  const bytes = await readBytes(file);
  let json: string;
  try {
    const result = extractReport(decodeReportBytes(bytes), { fileName: path.basename(file), ...(referenceDate ? { referenceDate } : {}) });
    json = JSON.stringify(result, null, 2);
  } catch (error) {
    if (error instanceof ExtractionError) throw new CliError(`${file}：${error.message}`);
    throw error;
  }
  process.stdout.write(`${json}\n`);
  return 0;
}
