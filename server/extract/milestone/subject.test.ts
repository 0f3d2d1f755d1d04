import { describe, expect, it } from "vitest";
import { cleanSubject, leadSubject } from "./subject";

describe("cleanSubject", () => {
  it.each([
    ["无单营销方案预计", "无单营销方案"],
    ["业务期望", ""],
    ["把统一收单对应的库做", "统一收单对应的库"],
    ["对三家银行重新", "三家银行"],
    ["对账文件下载", "对账文件下载"],
    ["home ", "home"],
    ["预计 ", ""],
    ["全部", ""],
    ["正式", "正式"],
    ["（", ""],
    ["转", ""],
  ])("%j → %j", (text, subject) => {
    expect(cleanSubject(text)).toBe(subject);
  });
});

describe("leadSubject", () => {
  it.each([
    ["整装业务产品方案调整中，上线时间延期至12月12日。", "整装业务"],
    ["整装业务开发中，预计12月12日上线", "整装业务"],
    ["汇金凭证开发进度70%，预计12月20日上线。", "汇金凭证"],
    ["全国17城已开放", "全国"],
    ["运营数据跟踪", ""],
  ])("%s → %j", (text, subject) => {
    expect(leadSubject(text)).toBe(subject);
  });
});
