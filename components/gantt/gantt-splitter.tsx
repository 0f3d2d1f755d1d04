"use client";
// The handle between the grid and the chart: drag it, or focus it and use the
// arrow keys, to give the grid more or less of the width.
import type { KeyboardEvent, PointerEvent } from "react";
import { splitterWidth, type WidthLimits } from "./splitter-width";

export interface GanttSplitterProps {
  width: number;
  limits: Omit<WidthLimits, "total">;
  /** the width the grid and the chart share, read when a drag starts */
  total: () => number;
  label: string;
  onChange: (width: number) => void;
}

const KEY_STEP = 24;

export function GanttSplitter({ width, limits, total, label, onChange }: GanttSplitterProps) {
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const handle = e.currentTarget;
    const startX = e.clientX;
    const all = { ...limits, total: total() };
    handle.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => onChange(splitterWidth(width + ev.clientX - startX, all));
    const stop = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", stop);
      handle.removeEventListener("pointercancel", stop);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", stop);
    handle.addEventListener("pointercancel", stop);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === "ArrowLeft" ? -KEY_STEP : e.key === "ArrowRight" ? KEY_STEP : 0;
    if (!step) return;
    e.preventDefault();
    onChange(splitterWidth(width + step, { ...limits, total: total() }));
  };
  return (
    <div
      className="gantt-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={limits.min}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
