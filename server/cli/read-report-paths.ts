// The reports in the files named on the command line, read as the import page
// reads uploads (lib/report-input): any common encoding, Word, a .zip's files.
// A file that cannot be read is one refused entry, not the end of the command.
import { readFile } from "node:fs/promises";
import { type InputFile, type InputLimits, type ReportFile, readReportFiles } from "../../lib/report-input";
import { CliError } from "./cli-error";

function readError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `找不到文件 ${file}`;
  if (code === "EISDIR") return `${file} 是目录，不是文件`;
  if (code === "EACCES") return `没有读取权限：${file}`;
  return `无法读取 ${file}: ${(error as Error).message}`;
}

export async function readReportPaths(paths: readonly string[], limits: InputLimits): Promise<ReportFile[]> {
  const unreadable: ReportFile[] = [];
  const inputs: InputFile[] = [];
  for (const name of paths) {
    try {
      inputs.push({ name, bytes: await readFile(name) });
    } catch (error) {
      unreadable.push({ name, ok: false, message: readError(name, error) });
    }
  }
  const read = await readReportFiles(inputs, limits);
  if (!read.ok) throw new CliError(read.message);
  return [...read.files, ...unreadable];
}
