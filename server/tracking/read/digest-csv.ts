import type { DigestItem, DigestKind } from "./get-weekly-digest";

const KIND_LABELS: Record<DigestKind, string> = {
  slipped: "本周延期",
  completed: "本周完成",
  new_initiative: "新项目",
  silent: "本周未提及",
  overdue: "已逾期",
  due_soon: "14天内到期",
};

const HEADER = ["类别", "分组", "项目", "里程碑", "当前日期", "基线日期", "累计延期(天)", "本周推迟(天)", "原因"];

/** RFC 4180 CSV with a BOM, so Excel opens the Chinese text correctly. */
export function digestCsv(items: readonly DigestItem[]): string {
  const rows = items.map((i) => [KIND_LABELS[i.kind], i.group, i.initiativeName, i.title, i.date, i.baselineDate, i.slipDays, i.movedDays, i.reason]);
  return "\uFEFF" + [HEADER, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) && typeof value === "string" ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
