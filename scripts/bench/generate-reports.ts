// Synthetic weekly reports for benchmarks: departments × weeks in the style of
// samples/reports, with initiatives whose dates slip, progress that moves,
// items that pause, finish and go silent. Deterministic for a given seed.
import { addDays, format, setISOWeek, setISOWeekYear, startOfISOWeek } from "date-fns";

const PRODUCTS = ["存管", "支付", "结算", "风控", "清分", "对账", "账户", "营销", "收单", "发薪", "数仓", "网关"];
const PLACES = ["长沙", "北京", "上海", "杭州", "苏州", "武汉", "成都", "广州", "深圳", "西安"];
const EVENTS = ["上线", "联调", "提测", "评审", "切换", "试点"];
const GROUPS = ["O1 业务服务", "O2 能力升级", "O3 平台治理", "O4 数据智能"];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export interface GeneratedReport {
  name: string;
  text: string;
}

export interface GenerateOptions {
  departments: number;
  weeks: number;
  initiativesPerDepartment?: number;
  /** each initiative gets between min and max milestones (default 2–4) */
  milestonesPerInitiative?: { min: number; max: number };
  year?: number;
  seed?: number;
}

export function generateReports(options: GenerateOptions): GeneratedReport[] {
  const {
    departments,
    weeks,
    initiativesPerDepartment = 24,
    milestonesPerInitiative: per = { min: 2, max: 4 },
    year = 2024,
    seed = 7,
  } = options;
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const reports: GeneratedReport[] = [];
  for (let d = 0; d < departments; d++) {
    const department = `${pick(PLACES)}${pick(PRODUCTS)}部${d + 1}`;
    const items = Array.from({ length: initiativesPerDepartment }, (_, k) => ({
      name: `${pick(PLACES)}${pick(PRODUCTS)}${pick(["平台", "系统", "项目", "二期", "改造"])}${k + 1}`,
      group: GROUPS[k % GROUPS.length] as string,
      startWeek: Math.floor(rand() * Math.max(1, weeks - 4)) + 1,
      milestones: Array.from({ length: per.min + Math.floor(rand() * (per.max - per.min + 1)) }, (_, j) => ({
        subject: j === 0 ? "" : pick(PRODUCTS),
        event: EVENTS[j % EVENTS.length] as string,
        offset: 7 + Math.floor(rand() * 60),
      })),
      progress: 0,
    }));
    for (let w = 1; w <= weeks; w++) {
      const saturday = addDays(startOfISOWeek(setISOWeek(setISOWeekYear(new Date(year, 5, 1), year), w)), 5);
      const lines = [
        `# ${department} 周报 ${year}-W${String(w).padStart(2, "0")}`,
        "",
        `Created: ${format(saturday, "yyyy年M月d日")} 10:00`,
        "",
      ];
      for (const group of GROUPS) {
        const active = items.filter((i) => i.group === group && i.startWeek <= w && i.progress < 100);
        if (active.length === 0) continue;
        lines.push(`## 【${group}】`, "");
        active.forEach((item, n) => {
          if (rand() < 0.1) return; // not mentioned this week
          item.progress = Math.min(100, item.progress + Math.floor(rand() * 8));
          const parts = item.milestones.map((m) => {
            if (rand() < 0.15) m.offset += 1 + Math.floor(rand() * 10); // slips
            const due = addDays(saturday, m.offset - (w - item.startWeek) * 7);
            const done = due < saturday;
            return `${m.subject}${done ? "已" : "预计"}${format(due, "M/d")}${m.event}`;
          });
          const paused = rand() < 0.03 ? "，由于资源冲突，暂停推进" : "";
          lines.push(`${n + 1}. ${item.name}：进度${item.progress}%，${parts.join("，")}${paused}`);
        });
        lines.push("");
      }
      // A quiet week still reports something, as real departments do.
      lines.push("## 【日常运维】", "", `1. 运维值班：本周平稳，预计${format(addDays(saturday, 7), "M/d")}完成巡检`, "");
      reports.push({ name: `${department}-W${w}`, text: lines.join("\n") });
    }
  }
  return reports;
}
