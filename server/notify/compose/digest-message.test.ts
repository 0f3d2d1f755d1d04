import { describe, expect, it } from "vitest";
import type { DigestItem, WeeklyDigest } from "../../tracking";
import { composeDaily, composeDigest } from "./digest-message";

const item = (kind: DigestItem["kind"], date: string | null, extra: Partial<DigestItem> = {}): DigestItem => ({
  kind,
  initiativeId: 7,
  initiativeName: "芝麻免押",
  group: "O1",
  milestoneId: 70,
  title: "上线",
  date,
  baselineDate: null,
  slipDays: null,
  movedDays: null,
  reason: null,
  progressBefore: null,
  progressAfter: null,
  source: null,
  ...extra,
});
const digest = (items: DigestItem[]): WeeklyDigest => ({ week: "2024-W48", today: "2024-11-25", items, countsByGroup: [] });
const department = { id: 3, name: "风控平台部" };

describe("composeDigest", () => {
  it("has /week's sections in its order, with the slip's details", () => {
    const message = composeDigest(
      digest([item("due_soon", "2024-11-27"), item("slipped", "2024-11-21", { movedDays: 7, slipDays: 7, reason: "联调" })]),
      department,
      "https://t.example",
    );
    expect(message.title).toBe("风控平台部 · 2024-W48概览");
    expect(message.sections.map((s) => s.heading)).toEqual([
      "新延期",
      "进度回退",
      "本周完成",
      "新项目",
      "本周未提及",
      "已逾期",
      "14天内到期",
    ]);
    expect(message.sections[0]!.items[0]!.text).toBe("芝麻免押 · 上线：本周推迟 7 天，累计延期 7 天，日期 2024-11-21，原因：联调");
    expect(message.summary).toBe("新延期 1 · 14天内到期 1");
  });

  it("gives a progress regression its two percents", () => {
    const regressed = item("progress_regressed", null, { milestoneId: null, title: null, progressBefore: 60, progressAfter: 35 });
    const message = composeDigest(digest([regressed]), department, "https://t.example");
    expect(message.sections[1]!.items.map((i) => i.text)).toEqual([expect.stringContaining("进度 60% → 35%")]);
    expect(message.summary).toBe("进度回退 1");
  });

  it("says 无 for a quiet week", () => {
    expect(composeDigest(digest([]), department, "https://t.example").summary).toBe("无");
  });
});

describe("composeDaily", () => {
  const range = { yesterday: "2024-11-24", dueBy: "2024-11-28", days: 3 };
  it("keeps what became overdue today and what is due within the days, else nothing", () => {
    const message = composeDaily(
      digest([
        item("overdue", "2024-11-24"),
        item("overdue", "2024-11-01"),
        item("due_soon", "2024-11-28"),
        item("due_soon", "2024-12-05"),
      ]),
      department,
      range,
      "https://t.example",
    )!;
    expect(message.sections.map((s) => s.items.length)).toEqual([1, 1]);
    expect(message.summary).toBe("今日起逾期 1 · 3 天内到期 1");
    expect(composeDaily(digest([item("overdue", "2024-11-01")]), department, range, "https://t.example")).toBeNull();
  });
});
