import { describe, expect, it } from "vitest";
import { popupPosition } from "./popup-position";

const screen = { width: 1280, height: 800 };
const visible = { left: 400, top: 100, right: 1240, bottom: 700 };
const popup = { width: 300, height: 160 };

describe("popupPosition", () => {
  it("goes under the bar, at its left edge", () => {
    expect(popupPosition({ left: 500, top: 200, right: 700, bottom: 222 }, visible, popup, screen)).toEqual({ left: 500, top: 228 });
  });

  it("starts at the chart's visible edge when the bar begins left of it (scrolled away or under the grid)", () => {
    expect(popupPosition({ left: -300, top: 200, right: 700, bottom: 222 }, visible, popup, screen)).toEqual({ left: 400, top: 228 });
  });

  it("stays inside the window on the right", () => {
    expect(popupPosition({ left: 1200, top: 200, right: 1230, bottom: 222 }, visible, popup, screen).left).toBe(972);
  });

  it("goes above a bar near the bottom of the window, and keeps on screen when neither fits", () => {
    expect(popupPosition({ left: 500, top: 700, right: 700, bottom: 722 }, visible, popup, screen).top).toBe(534);
    expect(popupPosition({ left: 500, top: 100, right: 700, bottom: 122 }, visible, { width: 300, height: 700 }, screen).top).toBe(92);
    expect(popupPosition({ left: 500, top: 10, right: 700, bottom: 32 }, visible, { width: 300, height: 900 }, screen).top).toBe(8);
  });
});
