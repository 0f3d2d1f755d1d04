import { describe, expect, it } from "vitest";
import { proposeDepartment } from "./propose-department";

const departments = [
  { id: 1, name: "风控平台部" },
  { id: 2, name: "支付产品部" },
  { id: 3, name: "支付产品部（华南）" },
];

describe("proposeDepartment", () => {
  it("picks the department the header names, ignoring spacing and case", () => {
    expect(proposeDepartment("风控平台部", departments)?.id).toBe(1);
    expect(proposeDepartment(" 风控 平台部 ", departments)?.id).toBe(1);
  });

  it("picks a department whose name the header contains, the longest first", () => {
    expect(proposeDepartment("风控平台部周报", departments)?.id).toBe(1);
    expect(proposeDepartment("支付产品部（华南）周报", departments)?.id).toBe(3);
  });

  it("proposes nothing for a header without a department or naming another one", () => {
    expect(proposeDepartment("", departments)).toBeNull();
    expect(proposeDepartment("数据平台部", departments)).toBeNull();
    expect(proposeDepartment("风控平台部", [])).toBeNull();
  });
});
