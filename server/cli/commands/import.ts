// `npm run -s cli -- import <file.md>... [--dry-run] [--date YYYY-MM-DD] [--actor NAME] [--department NAME]`
// Every file is read and checked before anything is written: a bad file stops
// the command with one line on stderr and nothing imported. --dry-run prints
// the change set of each file and writes nothing. Each report goes into the
// department --department names, else the one its header names, else 默认部门;
// a department of that name is made if missing (the command line is the operator's).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { isMatch } from "date-fns";
import { messages } from "../../../lib/messages";
import { databaseTarget, db } from "../../db";
import { findDepartment, findOrCreateDepartment } from "../../db/store/departments";
import { migrateDatabase } from "../../db/migrate-database";
import { decodeReportBytes } from "../../extract/decode-report-bytes";
import { appUrl } from "../../auth/app-url";
import { registerImportAlerts } from "../../notify/queue-import-alert";
import { extractReport } from "../../extract";
import { ExtractionError } from "../../extract/types";
import {
  type Change,
  type ChangeSet,
  commitImport,
  DEFAULT_DEPARTMENT,
  type ImportResult,
  previewImport,
  TrackingError,
} from "../../tracking";
import { CliError } from "../cli-error";

const USAGE = "用法: import <周报.md>... [--dry-run] [--date YYYY-MM-DD] [--actor 姓名] [--department 部门]";

/** A department id no row has (ids start at 1): a preview for a department not made yet plans against nothing known. */
const NOT_YET_MADE = 0;

export async function run(args: string[]): Promise<number> {
  const { files, dryRun, referenceDate, actor, department } = parse(args);
  await migrateDatabase(databaseTarget);
  // an import from the command line alerts the department too: the server's worker sends what this queues
  registerImportAlerts(() => appUrl());
  const reports: { file: string; text: string; department: string }[] = [];
  for (const file of files) {
    const text = await readReport(file);
    const fileName = path.basename(file);
    const named = department ?? (await guard(file, async () => extractReport(text, { referenceDate, fileName }).department));
    const target = named.trim() || DEFAULT_DEPARTMENT;
    const departmentId = (await findDepartment(db, { name: target }))?.id ?? NOT_YET_MADE;
    const changeSet = await guard(file, () => previewImport(db, text, { departments: departmentId, referenceDate, fileName }));
    if (dryRun) process.stdout.write(describeChangeSet(fileName, target, changeSet));
    reports.push({ file, text, department: target });
  }
  if (dryRun) return 0;
  for (const { file, text, department: name } of reports) {
    const { id: departmentId } = await findOrCreateDepartment(db, name);
    const result = await guard(file, () => commitImport(db, text, { departmentId, actor, referenceDate, fileName: path.basename(file) }));
    console.log(summary(path.basename(file), name, result));
  }
  return 0;
}

function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        date: { type: "string" },
        actor: { type: "string" },
        department: { type: "string" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}（${USAGE}）`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new CliError(USAGE);
  if (values.date !== undefined && !isMatch(values.date, "yyyy-MM-dd")) throw new CliError(`--date 应为 YYYY-MM-DD: ${values.date}`);
  const actor = values.actor?.trim() || process.env.USER || "cli";
  const department = values.department?.trim();
  if (values.department !== undefined && !department) throw new CliError("--department 不能为空");
  return { files: positionals, dryRun: values["dry-run"], referenceDate: values.date, actor, department };
}

/** The file's text, decoded strictly as UTF-8. */
async function readReport(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT"
        ? `找不到文件 ${file}`
        : code === "EISDIR"
          ? `${file} 是目录，不是文件`
          : `无法读取 ${file}: ${(error as Error).message}`,
    );
  }
  return guard(file, async () => decodeReportBytes(bytes));
}

/** Runs `fn`, turning the tracker's and the extractor's errors into one CLI line naming the file. */
async function guard<T>(file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ExtractionError || error instanceof TrackingError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

const MODES = { new: "新周报", same: "内容相同，已导入过，不会改变任何数据", replace: "替换这一周已导入的版本" } as const;

function summary(name: string, department: string, r: ImportResult): string {
  const counts = messages.review.counts(r.counts);
  const what = r.mode === "same" ? MODES.same : `${r.mode === "new" ? "已导入" : "已替换"}（周报 #${r.reportId}）：${counts || "无变更"}`;
  return `${name}: ${r.week} ${what}（${department}）`;
}

function describeChange(c: Change): string {
  const label = messages.review.kinds[c.kind];
  const line = c.source ? `  [第 ${c.source.line} 行]` : "";
  const why = "reason" in c && c.reason ? `（原因：${c.reason}）` : "";
  const conflict = "conflict" in c && c.conflict ? " ⚠ 与手动修改冲突" : "";
  switch (c.kind) {
    case "new_initiative":
      return `+ ${label}${line}`;
    case "new_milestone":
      return `+ ${label} ${c.title} ${c.date}（${messages.precision[c.precision]}，${messages.state[c.state]}）${line}`;
    case "date_change":
      return `~ ${label} ${c.title} ${c.oldDate} → ${c.newDate}${why}${conflict}${line}`;
    case "state_change":
      return `~ ${label} ${c.title} ${messages.state[c.oldState]} → ${messages.state[c.newState]}${why}${conflict}${line}`;
    case "progress_change":
      return `~ ${label} ${c.oldProgress ?? "—"}% → ${c.newProgress}%${c.regression ? " ⚠ 进度倒退" : ""}${conflict}${line}`;
    case "status_change":
      return `~ ${label} ${messages.status[c.oldStatus]} → ${messages.status[c.newStatus]}${line}`;
    case "silent":
      return `? ${label}（最后出现 ${c.lastSeenWeek ?? "—"}）`;
  }
}

function describeChangeSet(name: string, department: string, cs: ChangeSet): string {
  const out = [`${name} → ${department} ${cs.week}（报告日期 ${cs.reportDate}，${MODES[cs.mode]}）`];
  const byInitiative = new Map<string, Change[]>();
  for (const c of cs.changes) {
    const key = `【${c.group}】${c.initiativeName}`;
    byInitiative.set(key, [...(byInitiative.get(key) ?? []), c]);
  }
  for (const [key, changes] of byInitiative) out.push(`  ${key}`, ...changes.map((c) => `    ${describeChange(c)}`));
  if (cs.mode !== "same" && cs.changes.length === 0) out.push("  无变更");
  out.push("（试运行：没有写入任何数据）", "");
  return out.join("\n") + "\n";
}
