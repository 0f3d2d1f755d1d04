// The grid's width while its splitter is dragged or moved with the keyboard. Pure.

export interface WidthLimits {
  min: number;
  /** the grid never takes more than this share of the whole (0–1) … */
  maxShare: number;
  /** … of this width (px): the grid and the chart together */
  total: number;
}

/** `width` kept between the minimum and the share of the total; the minimum wins in a narrow window. */
export function splitterWidth(width: number, { min, maxShare, total }: WidthLimits): number {
  const max = Math.max(min, Math.floor(total * maxShare));
  if (!Number.isFinite(width)) return min;
  return Math.round(Math.min(max, Math.max(min, width)));
}
