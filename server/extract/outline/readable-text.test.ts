import { describe, expect, it } from "vitest";
import { readableText, withoutEdgeBreaks } from "./readable-text";

describe("withoutEdgeBreaks", () => {
  it("drops the <br> a text starts or ends with, in any spelling, and keeps the ones inside", () => {
    expect(withoutEdgeBreaks(" 清算系统<br/> ")).toBe("清算系统");
    expect(withoutEdgeBreaks("<BR> <br />风控<br>平台<br><br >")).toBe("风控<br>平台");
    expect(withoutEdgeBreaks("a <b>b</b>")).toBe("a <b>b</b>");
  });

  // how the time grows with such runs is measured in fuzz.test.ts
  it("reads long runs of breaks and spaces", () => {
    expect(withoutEdgeBreaks(`x${"<br>".repeat(50_000)}`)).toBe("x");
    expect(withoutEdgeBreaks(`x${" ".repeat(100_000)}<br`)).toBe(`x${" ".repeat(100_000)}<br`);
    expect(withoutEdgeBreaks(`${"<br> ".repeat(50_000)}x`)).toBe("x");
  });
});

describe("readableText", () => {
  it("reads a <br> between two statements as a clause break", () => {
    expect(readableText("11/28提测<br>12/5上线<br/>")).toBe("11/28提测；12/5上线");
  });
});
