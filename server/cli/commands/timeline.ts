// `npm run -s cli -- timeline [--json]`: the tracked initiatives and their milestones.
// --json prints the shape samples/tools/check-timeline.mjs reads.
import { parseArgs } from "node:util";
import { format } from "date-fns";
import { messages } from "../../../lib/messages";
import { databaseTarget, db } from "../../db";
import { migrateDatabase } from "../../db/migrate-database";
import { getTimeline, readTimelineDump, type Timeline } from "../../tracking";
import { CliError } from "../cli-error";

export async function run(args: string[]): Promise<number> {
  let json: boolean;
  try {
    json = parseArgs({ args, options: { json: { type: "boolean", default: false } }, strict: true }).values.json;
  } catch (error) {
    throw new CliError(`${(error as Error).message}（用法: timeline [--json]）`);
  }
  await migrateDatabase(databaseTarget);
  const today = format(new Date(), "yyyy-MM-dd");
  process.stdout.write(
    json ? `${JSON.stringify(await readTimelineDump(db, { today }), null, 2)}\n` : table(await getTimeline(db, { today })),
  );
  return 0;
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

function table(timeline: Timeline): string {
  if (timeline.groups.length === 0) return "还没有导入任何周报（npm run -s cli -- import <周报.md>）\n";
  const head = ["项目", "状态", "进度", "里程碑", "当前日期", "基线", "延期", "里程碑状态"];
  const rows: string[][] = [];
  for (const g of timeline.groups) {
    rows.push([`【${g.name}】`, "", "", "", "", "", "", ""]);
    for (const i of g.initiatives) {
      const progress = i.progress === null ? "—" : `${i.progress}%`;
      const status = messages.status[i.status] + (i.silent ? "（未提及）" : "");
      if (i.milestones.length === 0) rows.push([`  ${i.name}`, status, progress, "—", "", "", "", ""]);
      i.milestones.forEach((m, k) =>
        rows.push([
          k === 0 ? `  ${i.name}` : "",
          k === 0 ? status : "",
          k === 0 ? progress : "",
          m.title,
          m.date,
          m.baselineDate,
          m.slipDays > 0 ? `+${m.slipDays}天` : m.slipDays < 0 ? `${m.slipDays}天` : "",
          messages.state[m.state] + (m.overdue ? "（逾期）" : ""),
        ]),
      );
    }
  }
  const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => pad(cell, widths[c] ?? 0))
      .join("  ")
      .trimEnd();
  const title = `今天 ${timeline.today}，最新周报 ${timeline.latestWeek ?? "—"}`;
  return [title, line(head), ...rows.map(line)].join("\n") + "\n";
}
