// `npm run -s cli -- import <file>... [--dry-run] [--date YYYY-MM-DD] [--actor NAME] [--department NAME] [--no-profile]`
// Files are .md/.txt (UTF-8, GBK/GB18030, UTF-16 with BOM), .docx or a .zip of
// them (`import reports/*.md`, `import reports.zip`). Each is read and checked
// first; they are then imported in the order of their report dates, each in one
// transaction. A file that cannot be read or imported is reported on stderr and
// skipped (the exit code is then 1); the others go in, and a file already
// imported changes nothing. On a terminal a progress line shows on stderr.
// --dry-run prints the change set of each file and writes nothing. Each report
// goes into the department --department names, else the one its header names,
// else 默认部门; a department of that name is made if missing (the command line is the operator's).
// Each is read with its department's layout profile (the rules taught in the review), unless --no-profile.
import path from "node:path";
import { parseArgs } from "node:util";
import { isMatch } from "date-fns";
import { messages } from "../../../lib/messages";
import { databaseTarget, db } from "../../db";
import { findDepartment, findOrCreateDepartment } from "../../db/store/departments";
import { migrateDatabase } from "../../db/migrate-database";
import { dateWindow, env } from "../../env";
import { appUrl } from "../../auth/app-url";
import { registerImportAlerts } from "../../notify/queue-import-alert";
import { extractReport } from "../../extract";
import { ExtractionError } from "../../extract/types";
import { inputLimits } from "../../input-limits";
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
import { progressLine } from "../progress-line";
import { readReportPaths } from "../read-report-paths";

const USAGE = "用法: import <周报.md|.docx|.zip>... [--dry-run] [--date YYYY-MM-DD] [--actor 姓名] [--department 部门] [--no-profile]";

/** A department id no row has (ids start at 1): a preview for a department not made yet plans against nothing known. */
const NOT_YET_MADE = 0;

interface Report {
  name: string;
  /** what dates the report and goes along to the extractor (`2024-W47.md`, `20241123周报.docx`) */
  fileName: string;
  text: string;
  department: string;
  reportDate: string;
}

export async function run(args: string[]): Promise<number> {
  const { files, dryRun, referenceDate, actor, department, useProfile } = parse(args);
  await migrateDatabase(databaseTarget);
  // an import from the command line alerts the department too: the server's worker sends what this queues
  registerImportAlerts(() => appUrl());
  let refused = 0;
  const refuse = (name: string, reason: string) => {
    refused++;
    process.stderr.write(`错误: ${name}: ${reason}\n`);
  };
  const reports: Report[] = [];
  for (const file of await readReportPaths(files, inputLimits(env))) {
    if (!file.ok) {
      refuse(file.name, file.message);
      continue;
    }
    const fileName = path.basename(file.name);
    try {
      const extraction = extractReport(file.text, { referenceDate, fileName, dateWindow });
      const target = (department ?? extraction.department).trim() || DEFAULT_DEPARTMENT;
      reports.push({ name: file.name, fileName, text: file.text, department: target, reportDate: extraction.reportDate });
    } catch (error) {
      refuse(file.name, reason(error));
    }
  }
  // the history is built in the order the weeks happened, whatever order the files came in
  reports.sort((a, b) => a.reportDate.localeCompare(b.reportDate) || a.name.localeCompare(b.name));
  const progress = progressLine(process.stderr, dryRun ? "预览" : "导入");
  for (const [i, report] of reports.entries()) {
    progress.show(i + 1, reports.length, report.name);
    try {
      const line = dryRun ? await preview(report, referenceDate, useProfile) : await commit(report, referenceDate, actor, useProfile);
      progress.clear();
      process.stdout.write(line);
    } catch (error) {
      progress.clear();
      refuse(report.name, reason(error));
    }
  }
  progress.clear();
  return refused > 0 ? 1 : 0;
}

async function preview(report: Report, referenceDate: string | undefined, useProfile: boolean): Promise<string> {
  const departmentId = (await findDepartment(db, { name: report.department }))?.id ?? NOT_YET_MADE;
  const changeSet = await previewImport(db, report.text, {
    departments: departmentId,
    referenceDate,
    fileName: report.fileName,
    dateWindow,
    useProfile,
  });
  return describeChangeSet(report.fileName, report.department, changeSet);
}

async function commit(report: Report, referenceDate: string | undefined, actor: string, useProfile: boolean): Promise<string> {
  const { id: departmentId } = await findOrCreateDepartment(db, report.department);
  const options = { departmentId, actor, referenceDate, fileName: report.fileName, dateWindow, useProfile };
  const result = await commitImport(db, report.text, options);
  return `${summary(report.fileName, report.department, result)}\n`;
}

/** The reason of the tracker's and the extractor's errors; anything else is a bug and stops the command. */
function reason(error: unknown): string {
  if (error instanceof ExtractionError || error instanceof TrackingError) return error.message;
  throw error;
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
        "no-profile": { type: "boolean", default: false },
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
  return {
    files: positionals,
    dryRun: values["dry-run"],
    referenceDate: values.date,
    actor,
    department,
    useProfile: !values["no-profile"],
  };
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
  const fired = cs.extraction.firedRules ?? [];
  if (fired.length > 0) out.push(`  ${messages.layoutProfile.firedSummary(fired.length, [...new Set(fired.map((f) => f.match))])}`);
  out.push("（试运行：没有写入任何数据）", "");
  return out.join("\n") + "\n";
}
