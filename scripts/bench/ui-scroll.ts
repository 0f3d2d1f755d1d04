// The scripted scroll of `npm run bench:ui`: the chart's box scrolled from top
// to bottom, a few rows each frame, as a fast wheel would, while the browser's
// performance timeline records every long animation frame (over 50 ms) and
// each frame's interval is taken from requestAnimationFrame.
import type { Page } from "playwright-core";

export interface ScrollFrames {
  frames: number;
  /** the longest interval between two frames, ms */
  longestGap: number;
  /** frames whose work took over 50 ms (PerformanceObserver "long-animation-frame") */
  longFrames: number;
  /** the longest of them, ms (0: none) */
  longestFrame: number;
  /** each long frame: when it began (ms from the scroll's start; past `scrollMs` is after it) and its longest script */
  long: { at: number; ms: number; script: string }[];
  /** how long the scroll itself took, ms */
  scrollMs: number;
}

/** Scrolls `.gantt-container` by `step` px a frame to its bottom. */
export function scrollFrames(page: Page, step = 180): Promise<ScrollFrames> {
  return page.evaluate(async (px) => {
    const box = document.querySelector<HTMLElement>(".gantt-container")!;
    box.scrollTop = 0;
    const long: { at: number; ms: number; script: string }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        scripts?: { duration: number; invoker: string; sourceFunctionName: string; sourceURL: string }[];
      })[]) {
        const top = [...(e.scripts ?? [])].sort((a, b) => b.duration - a.duration)[0];
        const script = top
          ? `${top.invoker} ${top.sourceFunctionName} ${top.sourceURL.split("/").pop()} ${top.duration.toFixed(0)} ms`
          : "";
        long.push({ at: e.startTime, ms: e.duration, script });
      }
    });
    observer.observe({ type: "long-animation-frame" });
    const gaps: number[] = [];
    const bottom = box.scrollHeight - box.clientHeight;
    // no named functions in here: tsx would wrap them in a helper the page does not have
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    const start = last;
    while (box.scrollTop < bottom - 1) {
      box.scrollTop = Math.min(bottom, box.scrollTop + px);
      const t = await new Promise<number>((r) => requestAnimationFrame(r));
      gaps.push(t - last);
      last = t;
    }
    const end = last;
    // the last frames' entries arrive after them
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
    observer.disconnect();
    // a frame that began before the first scroll step is the page still loading, not scrolling
    const during = long.filter((l) => l.at >= start);
    return {
      frames: gaps.length,
      longestGap: Math.max(0, ...gaps),
      longFrames: during.length,
      longestFrame: Math.max(0, ...during.map((l) => l.ms)),
      long: during.map((l) => ({ ...l, at: l.at - start })),
      scrollMs: end - start,
    };
  }, step);
}
