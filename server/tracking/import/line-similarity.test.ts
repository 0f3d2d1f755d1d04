import { describe, expect, it } from "vitest";
import { lineSimilarity } from "./line-similarity";

const kernel = "| kernel   | 5.10     | 小版本升级   | 11.30        | 5.10                                                         |    |";
const kernelMoved =
  "| kernel   | 5.10     | 小版本升级   | 12.10        | 5.10                                                         |    |";
const gcc = "| gcc      | 9.3      | 10.3         | 6.30         | 9.3.1                                                        | 10.3.1 |";

describe("lineSimilarity", () => {
  it("keeps a table row close to itself with its date moved, and far from another row", () => {
    expect(lineSimilarity(kernel, kernel)).toBe(1);
    expect(lineSimilarity(kernel, kernelMoved)).toBeGreaterThan(0.7);
    expect(lineSimilarity(kernelMoved, gcc)).toBeLessThan(0.3);
  });
  it("ignores spaces, punctuation and table bars", () => {
    expect(lineSimilarity("支付 11/28 上线", "支付1128上线")).toBe(1);
  });
  it("is symmetric", () => {
    expect(lineSimilarity(kernelMoved, gcc)).toBe(lineSimilarity(gcc, kernelMoved));
  });
  it("is 0 for lines with nothing to compare", () => {
    expect(lineSimilarity("", "支付上线")).toBe(0);
    expect(lineSimilarity("| |", "- ")).toBe(0);
    expect(lineSimilarity("上", "上")).toBe(0);
  });
});
