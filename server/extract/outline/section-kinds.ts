// Words that name parts of a report rather than work: they decide whether a
// section holds initiatives, belongs to the project above it, or is skipped.

const NUMBERING = /^(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*)/;

/** 本周进展, 下周计划, 完成情况 …: the phases a project's report is split into. */
const PHASE_LABEL = /^(?:本周|上周|这周|下周|下下周|近期|当前|目前|后续|下一步|下阶段|本月|下月)?(?:工作|项目|重点)?(?:进展|进度|完成情况|完成|情况|总结|计划|安排|重点|目标|工作|事项|待办)(?:及|与|和)?(?:目标|计划|情况|风险)?$|^(?:完成情况|进展情况|工作进展|本周|下周|计划|进展|里程碑|备注|说明|关键节点|Done|Doing|To ?do|Next(?: steps?| week)?|This week|Last week|Progress|Plans?|Status|Updates?|Highlights?)$/i;

/** 风险, 问题, 求助 …: issues raised, not work to track. */
const RISK_LABEL = /^(?:主要|当前|本周)?(?:风险|问题|求助|困难|阻塞|卡点|依赖|需协调|需要协调|需支持|需要支持|协调事项|支持事项)(?:与|和|及|\/)?(?:风险|问题|求助|困难|支持|事项|点)?$|^(?:Risks?|Issues?|Blockers?|Risks? (?:and|&) Issues?|Help needed)$/i;

/** Plans for next week at report level repeat the items above. */
const PLAN_LABEL = /^(?:下周|下一步|下阶段|后续|Next)/i;

/** Figures and reflections: no initiatives there. */
const FIGURES_SECTION = /^(?:数据|数据统计|业务数据|运营数据)$|系统运行数据|运行数据|数据概览|核心数据|关键数据|收获|反思|心得|感悟|体会|思考|指标|附录|附件|Metrics|KPIs?\b|Lessons|Reflections?/i;

export function withoutNumbering(name: string): string {
  return name.replace(NUMBERING, "").replace(/[:：]\s*$/, "").trim();
}

export function isPhaseLabel(name: string): boolean {
  const bare = withoutNumbering(name);
  return PHASE_LABEL.test(bare) || RISK_LABEL.test(bare);
}

export function isRiskLabel(name: string): boolean {
  return RISK_LABEL.test(withoutNumbering(name));
}

export function isPlanLabel(name: string): boolean {
  const bare = withoutNumbering(name);
  return PHASE_LABEL.test(bare) && PLAN_LABEL.test(bare);
}

export function isFiguresSection(name: string): boolean {
  return FIGURES_SECTION.test(withoutNumbering(name));
}

/** 其他 …: a bucket whose sub-items are each their own work. */
export function isGenericName(name: string): boolean {
  return /^(?:其他|其它|其他事项|其它事项|其他工作|杂项|日常|日常工作|Others?|Misc)$/i.test(withoutNumbering(name));
}

const META_LINE = /^\s*\**\s*(?:Created|Date|Updated|Author|Owner|日期|时间|报告日期|汇报日期|填写日期|提交日期|创建时间|更新时间|周报日期|汇报人|填写人|作者|部门|团队|负责人|周期|报告周期)\s*\**\s*[:：]/i;

/** Header lines such as `Created:` or `汇报人：` are not work items. */
export function isMetaLine(text: string): boolean {
  return META_LINE.test(text);
}
