// Widths of bar labels (frappe-gantt centres a label on its bar, or puts it
// beside a bar too narrow for it). Measuring SVG text asks the browser for a
// layout, and rows scrolled into view would ask for one every few frames. So
// the first labels are measured by the browser, which gives their font too,
// and later ones on a canvas in that font: no layout.

export class LabelWidths {
  private font: string | null = null;
  private context: CanvasRenderingContext2D | null | undefined;

  widths(labels: readonly SVGTextElement[]): number[] {
    const first = labels[0];
    if (!first) return [];
    const canvas = this.font ? this.canvas() : null;
    if (canvas && this.font) {
      canvas.font = this.font;
      return labels.map((l) => canvas.measureText(l.textContent ?? "").width);
    }
    const widths = labels.map((l) => l.getBBox().width);
    const s = getComputedStyle(first); // laid out already by getBBox: no second layout
    this.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    return widths;
  }

  private canvas(): CanvasRenderingContext2D | null {
    if (this.context === undefined) this.context = document.createElement("canvas").getContext("2d");
    return this.context;
  }
}
