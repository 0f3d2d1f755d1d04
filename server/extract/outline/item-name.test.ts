import { describe, expect, it } from "vitest";
import { colonlessName, splitName } from "./item-name";

describe("splitName", () => {
  it.each([
    ["长沙佣金存管：需求评审，进度10%", "长沙佣金存管", "需求评审，进度10%"],
    ["**支付网关**: 灰度中", "支付网关", "灰度中"],
    ["人行创新应用申请-技术安全性评估进度100%，已提报。", null, null],
    ["Created 09:43 上线", null, null],
    ["周三：交付α版本", null, null],
    ["12/18：登录模块提测", null, null],
    ["下周：同义词扩展", "下周", "同义词扩展"],
    ["【支付网关】完成联调（11/20），计划12/5上线", "支付网关", "完成联调（11/20），计划12/5上线"],
    ["【风控引擎】 进度：60%", "风控引擎", "进度：60%"],
    ["【已完成】支付网关上线", null, null],
    ["【贝易转】", null, null],
  ])("%s", (text, name, content) => {
    const named = splitName(text);
    expect(named && [named.name, named.content]).toEqual(name === null ? null : [name, content]);
  });
});

describe("colonlessName", () => {
  it.each([
    ["WAF迁移，态势感知数据链路切换，预计11月底完成整体的测试工作", "WAF迁移"],
    ["ARK国密检测通知已收，下周国密局进场检查。", "ARK国密检测通知"],
    ["人行创新应用申请-技术安全性评估进度100%，已提报。", "人行创新应用申请-技术安全性评估"],
    ["完成支付路由灰度 12.3 全量", "支付路由灰度"],
    ["AI自动初审占比70.04%，初审审核效率提升28%", "AI自动初审占比"],
    ["明天上午9点，V8 for RISC-V 社区双周同步会开始。", "V8 for RISC-V 社区双周同步会开始"],
    ["9.23演示D1图形界面的游戏", "演示D1图形界面的游戏"],
    ["12/5上线", "12/5上线"],
    ["周三：交付α版本，完成联调", "交付α版本"],
    ["Th1520适配OpenHarmony4.0版本，启动正常", "Th1520适配OpenHarmony4.0版本"],
    ["22.03:LTS发版相关", "22.03:LTS发版相关"],
  ])("%s → %s", (text, name) => {
    expect(colonlessName(text)).toBe(name);
  });
});
