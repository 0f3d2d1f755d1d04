// Points of a small progress line (0–100 % per week) for an inline SVG. Pure.
import type { ProgressPoint } from "~/server/tracking/types";

export interface SparklineOptions {
  width?: number;
  height?: number;
  /** space kept free at every edge (px) */
  pad?: number;
}

export interface Sparkline {
  /** for <polyline points=…> */
  points: string;
  dots: { x: number; y: number; week: string; progress: number }[];
  width: number;
  height: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** null when there is nothing to draw. Progress outside 0–100 is clamped. */
export function sparkline(history: readonly ProgressPoint[], options: SparklineOptions = {}): Sparkline | null {
  const { width = 120, height = 28, pad = 3 } = options;
  const valid = history.filter((p) => Number.isFinite(p.progress));
  if (valid.length === 0) return null;
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const dots = valid.map((p, k) => {
    const v = Math.min(100, Math.max(0, p.progress));
    const x = valid.length === 1 ? width / 2 : pad + (innerW * k) / (valid.length - 1);
    return { x: round(x), y: round(pad + innerH * (1 - v / 100)), week: p.week, progress: p.progress };
  });
  return { points: dots.map((d) => `${d.x},${d.y}`).join(" "), dots, width, height };
}
