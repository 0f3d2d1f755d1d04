// A year of weekly reports (2024-W01 … W52) of one team, for batch-import tests:
// progress grows, a launch date slips every fifth week, one initiative is only
// mentioned on even weeks (silent on the others) and one ends mid-year.
import { addDays, format, setISOWeek, startOfISOWeek } from "date-fns";

export interface WeeklyReport {
  /** 2024-W07.md */
  fileName: string;
  week: string;
  text: string;
}

const md = (day: Date) => format(day, "M/d");

/** `department` goes into each title (`# 批量导入部 周报 2023-W01`), which makes the import propose it. */
export function weeklySeries(year = 2024, weeks = 52, department = ""): WeeklyReport[] {
  return Array.from({ length: weeks }, (_, i) => {
    const n = i + 1;
    const week = `${year}-W${String(n).padStart(2, "0")}`;
    const saturday = addDays(startOfISOWeek(setISOWeek(new Date(year, 0, 4), n)), 5);
    const slip = Math.floor(n / 5) * 7;
    const lines = [
      department ? `# ${department} 周报 ${week}` : `# ${week}`,
      "",
      `Created: ${format(saturday, "yyyy年M月d日")} 10:00`,
      "",
      "## 【O1 业务服务】",
      "",
      `1. 星河对账平台：进度${Math.min(95, 2 * n)}%，预计${md(addDays(saturday, 21 + slip - 7 * (n % 5)))}上线。`,
      `2. 云帆清算平台：方案评审完成，进度${Math.min(90, n + 10)}%，预计${md(addDays(saturday, 10))}提测。`,
    ];
    if (n % 2 === 0) lines.push(`3. 北斗风控：联调中，预计${md(addDays(saturday, 17))}上线。`);
    lines.push("", "## 【O2 能力升级】", "");
    lines.push(n < 26 ? `1. 自建POS：银联检测进度${3 * n}%，预计${md(addDays(saturday, 12))}试点。` : "1. 自建POS：已结项。");
    return { fileName: `${week}.md`, week, text: `${lines.join("\n")}\n` };
  });
}
