// The chart and its grid as a PNG, drawn in the browser: every row, the days
// on screen, at 2× for slides. The chart's SVG is copied with its computed
// styles inlined and drawn as an image; the grid's cells and the time header
// (HTML) are drawn as canvas text. Fonts are the system's (WenQuanYi Micro Hei
// on the server image): nothing is fetched from outside.

/** Chromium's limit per canvas side. */
const MAX_SIDE = 32_000;

const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "display",
  "visibility",
  "font-family",
  "font-size",
  "font-weight",
  "dominant-baseline",
  "text-anchor",
  "transform",
  "transform-origin",
  "transform-box",
] as const;

/** A copy of the svg whose every element carries its computed style (an <img> sees no stylesheet). */
function styledCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    // a rect's size may come from CSS (the diamonds: gantt.css)
    const props = el.tagName === "rect" ? [...STYLE_PROPS, "width", "height"] : STYLE_PROPS;
    target.setAttribute("style", props.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"));
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return copy;
}

function loadImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("svg image"));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url)) as Promise<HTMLImageElement>;
}

/** Draws each text-bearing element of `root` at its place relative to `origin`, shifted by (dx, dy). */
function drawTexts(ctx: CanvasRenderingContext2D, els: Iterable<Element>, origin: DOMRect, dx: number, dy: number, clip?: DOMRect): void {
  for (const el of els) {
    const text = el.textContent?.trim();
    if (!text) continue;
    const r = el.getBoundingClientRect();
    if (clip && (r.right < clip.left || r.left > clip.right)) continue;
    // a cell's colour is its only child's when it has one (a coloured slip, a group's name)
    const inner = el.children.length === 1 ? el.children[0]! : el;
    const s = getComputedStyle(inner);
    const own = inner === el ? s : getComputedStyle(el);
    ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    ctx.fillStyle = s.color;
    ctx.textBaseline = "middle";
    const align = own.textAlign === "right" || own.textAlign === "end" ? "right" : own.textAlign === "center" ? "center" : "left";
    ctx.textAlign = align;
    const pad = (Number.parseFloat(own.paddingLeft) || 0) + (inner !== el ? Number.parseFloat(s.paddingLeft) || 0 : 0);
    const x =
      align === "right" ? r.right - (Number.parseFloat(own.paddingRight) || 0) : align === "center" ? r.left + r.width / 2 : r.left + pad;
    ctx.fillText(text, x - origin.left + dx, r.top + r.height / 2 - origin.top + dy, Math.max(1, r.width - pad));
  }
}

export interface PngExportSource {
  /** the task grid's box, showing every row (see GanttGrid's `allRows`) */
  grid: HTMLElement | null;
  /** frappe-gantt's scroll box */
  chart: HTMLElement;
}

/** The PNG of the grid and the chart's days in view, every row; `scale` 2 unless that would pass the canvas limit. */
export async function chartPng({ grid, chart }: PngExportSource, scale = 2): Promise<Blob> {
  const svg = chart.querySelector<SVGSVGElement>("svg.gantt");
  if (!svg) throw new Error("no chart");
  const gridWidth = grid?.offsetWidth ?? 0;
  const chartWidth = chart.clientWidth;
  const height = Number(svg.getAttribute("height")) || chart.scrollHeight;
  const k = Math.max(0.25, Math.min(scale, MAX_SIDE / height, MAX_SIDE / (gridWidth + chartWidth)));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round((gridWidth + chartWidth) * k);
  canvas.height = Math.round(height * k);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no canvas");
  ctx.scale(k, k);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, gridWidth + chartWidth, height);

  const img = await loadImage(styledCopy(svg));
  const left = chart.scrollLeft;
  ctx.drawImage(img, left, 0, chartWidth, height, gridWidth, 0, chartWidth, height);

  // the time header is HTML over the svg's top: white band, then its labels
  const header = chart.querySelector<HTMLElement>(".grid-header");
  const box = chart.getBoundingClientRect();
  if (header) {
    ctx.fillStyle = "#fff";
    ctx.fillRect(gridWidth, 0, chartWidth, header.offsetHeight);
    const origin = new DOMRect(box.left, header.getBoundingClientRect().top, 0, 0);
    drawTexts(ctx, header.querySelectorAll(".upper-text, .lower-text"), origin, gridWidth, 0, box);
  }
  if (grid) {
    const g = grid.getBoundingClientRect();
    const origin = new DOMRect(g.left, g.top - grid.scrollTop, 0, 0);
    ctx.strokeStyle = "#e5e7eb";
    for (const row of grid.querySelectorAll<HTMLElement>(".gantt-grid-body .gantt-grid-row")) {
      const top = row.offsetTop + (row.parentElement?.offsetTop ?? 0) + row.offsetHeight;
      ctx.beginPath();
      ctx.moveTo(0, top - 0.5);
      ctx.lineTo(gridWidth, top - 0.5);
      ctx.stroke();
    }
    drawTexts(ctx, grid.querySelectorAll(".gantt-grid-header .gantt-grid-cell"), new DOMRect(g.left, g.top, 0, 0), 0, 0);
    drawTexts(ctx, grid.querySelectorAll(".gantt-grid-body .gantt-grid-cell"), origin, 0, 0);
    ctx.fillStyle = "#c7c7c7";
    ctx.fillRect(gridWidth - 1, 0, 1, height);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("png"))), "image/png"));
}
