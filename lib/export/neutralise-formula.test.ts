import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./neutralise-formula";

describe("neutraliseFormula", () => {
  it.each(["=HYPERLINK(1)", "+1+2", "-3", "@SUM(A1)"])("marks %s as literal text", (s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
  });
  it("keeps ordinary text, an empty text and a sign inside the text", () => {
    expect(neutraliseFormula("贝易转=装修")).toBe("贝易转=装修");
    expect(neutraliseFormula("")).toBe("");
    expect(neutraliseFormula(" =1")).toBe(" =1");
  });
});
