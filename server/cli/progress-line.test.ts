import { describe, expect, it } from "vitest";
import { progressLine } from "./progress-line";

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, isTTY, write: (s: string) => written.push(s) > 0 };
};

describe("progressLine", () => {
  it("rewrites one line in place on a terminal and erases it at the end", () => {
    const tty = stream(true);
    const line = progressLine(tty, "导入");
    line.show(1, 52, "2024-W01.md");
    line.show(2, 52, "2024-W02.md");
    line.clear();
    expect(tty.written).toEqual(["\r\x1b[K导入 1/52 2024-W01.md", "\r\x1b[K导入 2/52 2024-W02.md", "\r\x1b[K"]);
  });

  it("writes nothing when stderr is a pipe or a file", () => {
    const pipe = stream(false);
    const line = progressLine(pipe, "导入");
    line.show(1, 2, "a.md");
    line.clear();
    expect(pipe.written).toEqual([]);
  });
});
