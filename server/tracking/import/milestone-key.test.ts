import { describe, expect, it } from "vitest";
import { compatibleKeys, findMilestoneByKey, milestoneKey } from "./milestone-key";

describe("milestoneKey", () => {
  it("normalises subject and event", () => {
    expect(milestoneKey("支付 ", "上线")).toBe("支付|上线");
    expect(milestoneKey("", "Go-live")).toBe("|golive");
  });
});

describe("compatibleKeys", () => {
  it("accepts an empty subject against a named one for the same event", () => {
    expect(compatibleKeys("|上线", "业务|上线")).toBe(true);
    expect(compatibleKeys("无单营销方案|上线", "营销方案|上线")).toBe(true);
  });
  it("rejects other events or other subjects", () => {
    expect(compatibleKeys("支付|上线", "业务|上线")).toBe(false);
    expect(compatibleKeys("|上线", "|提测")).toBe(false);
  });
});

describe("findMilestoneByKey", () => {
  const pay = { id: 1, keys: ["支付|上线"] };
  const biz = { id: 2, keys: ["业务|上线"] };
  const test = { id: 3, keys: ["|提测"] };
  it("prefers an exact key", () => {
    expect(findMilestoneByKey([pay, biz, test], "业务|上线")).toBe(biz);
  });
  it("falls back to the only compatible one", () => {
    expect(findMilestoneByKey([pay, test], "|上线")).toBe(pay);
    expect(findMilestoneByKey([test], "开发|提测")).toBe(test);
  });
  it("refuses to guess between several compatible ones", () => {
    expect(findMilestoneByKey([pay, biz], "|上线")).toBeNull();
  });
  it("does not take a milestone that another subject already named", () => {
    const ad = { id: 4, keys: ["|上线", "广告|上线"] };
    expect(findMilestoneByKey([ad], "商机转化看板|上线")).toBeNull();
    expect(findMilestoneByKey([ad], "广告位|上线")).toBe(ad);
  });
  it("breaks a tie for a mention without subject by the current date only", () => {
    const ad = { id: 4, keys: ["广告|上线"], date: "2024-11-13" };
    const board = { id: 5, keys: ["商机转化看板|上线"], date: "2024-12-06" };
    expect(findMilestoneByKey([ad, board], "|上线", "2024-11-13")).toBe(ad);
    expect(findMilestoneByKey([ad, board], "|上线", "2024-11-20")).toBeNull();
  });
});
