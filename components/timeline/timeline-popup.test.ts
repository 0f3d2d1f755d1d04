import { describe, expect, it } from "vitest";
import { fixtureTimeline } from "../testing/timeline-fixture";
import { timelinePopup } from "./timeline-popup";
import { timelineTasks } from "./timeline-tasks";

const { refs } = timelineTasks(fixtureTimeline());
const text = (html: string | false) =>
  html === false
    ? ""
    : html
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim();

describe("timelinePopup", () => {
  it("shows an initiative's name, group, status, progress and counts", () => {
    const html = timelinePopup(refs.get("i-1"));
    expect(text(html)).toBe(
      "长沙佣金存管 O1 业务服务 状态：进行中 进度：60% 2024-11-04 → 2025-01-15 里程碑 3 个 · 延期 1 · 逾期 1 · 风险 0 延期 7 天",
    );
  });

  it("shows a milestone's date, baseline, slip and state in Chinese", () => {
    expect(text(timelinePopup(refs.get("m-11")))).toBe(
      "提测 O1 业务服务 · 长沙佣金存管 状态：已逾期 当前日期：2024-12-17 基线：2024-12-10 延期 7 天 改期 1 次",
    );
    expect(text(timelinePopup(refs.get("m-10")))).toContain("状态：已完成");
    expect(text(timelinePopup(refs.get("m-12")))).toContain("状态：有风险");
    expect(text(timelinePopup(refs.get("m-12")))).toContain("当前日期：2025-01-11 ~ 2025-01-15");
    expect(text(timelinePopup(refs.get("m-12")))).toContain("未延期");
    expect(text(timelinePopup(refs.get("m-41")))).toContain("状态：计划中");
    expect(text(timelinePopup(refs.get("m-41")))).toContain("本周新延期");
  });

  it("says when an initiative was not mentioned this week, and that progress is unknown", () => {
    const t = text(timelinePopup(refs.get("i-4")));
    expect(t).toContain("本周未提及（最近提及：2024-W48）");
    expect(t).toContain("进度：未填写");
    expect(t).toContain("状态：已暂停");
  });

  it("escapes every name and title", () => {
    const html = timelinePopup(refs.get("i-2")) as string;
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    const ms = timelinePopup(refs.get("m-21")) as string;
    expect(ms).toContain("联调 &amp; 验收 &lt;b&gt;");
    expect(ms).toContain("O1 业务服务 · &lt;img src=x onerror=alert(1)&gt;");
  });

  it("has no popup for group headers or unknown ids", () => {
    expect(timelinePopup(refs.get("g-1"))).toBe(false);
    expect(timelinePopup(undefined)).toBe(false);
  });
});
