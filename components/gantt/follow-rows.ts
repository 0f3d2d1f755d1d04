// The rows a WindowedGantt draws follow its scroll box, and every row is drawn
// while the page prints. Scroll events come at most once a frame, before the
// frame's animation callbacks, so the rows are drawn in the frame that shows them.
import type { WindowedGantt } from "./windowed-gantt";

/** Starts following; returns the way to stop. */
export function followRows(gantt: WindowedGantt): () => void {
  const scrolled = () => gantt.syncRows();
  const printing = () => gantt.drawEveryRow(true);
  const printed = () => gantt.drawEveryRow(false);
  gantt.$container.addEventListener("scroll", scrolled, { passive: true });
  window.addEventListener("beforeprint", printing);
  window.addEventListener("afterprint", printed);
  return () => {
    window.removeEventListener("afterprint", printed);
    window.removeEventListener("beforeprint", printing);
    gantt.$container.removeEventListener("scroll", scrolled);
  };
}
