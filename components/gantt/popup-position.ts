// Where the popup goes so nothing clips it: it is fixed to the window (the
// chart's scroll box would cut it off at its edges), under the visible part of
// the clicked bar, above it when there is no room below, always on screen. Pure.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * `bar`: the clicked bar; `visible`: the part of the window the chart's box shows;
 * `popup`: the popup's size; `screen`: the window's size. All in window pixels.
 */
export function popupPosition(
  bar: Box,
  visible: Box,
  popup: { width: number; height: number },
  screen: { width: number; height: number },
): { left: number; top: number } {
  const from = Math.max(bar.left, visible.left);
  const maxLeft = screen.width - popup.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(from, maxLeft));
  const below = bar.bottom + GAP;
  const above = bar.top - GAP - popup.height;
  const top = below + popup.height <= screen.height - MARGIN ? below : above >= MARGIN ? above : screen.height - popup.height - MARGIN;
  return { left, top: Math.max(MARGIN, top) };
}
