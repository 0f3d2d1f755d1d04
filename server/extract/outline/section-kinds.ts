import { LIST_NUMBER_LABEL } from "./list-number-label";

// Words that name parts of a report rather than work: they decide whether a
// heading or a label holds initiatives, belongs to the item above it (a facet),
// or is skipped.

// `22.03:LTS` is a version, not item 22.
// `KR1：`, `O2、`, `议题1、`, `任务2：`: a label that numbers the item (see list-number-label.ts).
const NUMBERING = new RegExp(
  [
    String.raw`^(?:[一二三四五六七八九十\d]{1,3}\s*[、.．](?!\d)\s*|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*|\d{1,2}(?:\.\d{1,2})+\s+`,
    // `A. 支付网关改造`, `B、风控`, `(a) …`: a letter numbers as a digit does, before a space or a Chinese word
    String.raw`|[A-Za-z][.．、)）](?=\s|\p{Script=Han})\s*|[(（][A-Za-z][)）]\s*`,
    String.raw`|${LIST_NUMBER_LABEL}\s*[:：.．、](?!\d)\s*)`,
  ].join(""),
  "iu",
);

/**
 * What a facet label says about the lines under it: done work (完成情况,
 * 本周进展), plans (计划, 下周计划), the state of the work (进度, 状态), issues
 * (风险, 问题), or context that carries no milestone (背景, 收益, 效果预览).
 */
export type FacetKind = "past" | "future" | "status" | "risk" | "context";

// `第12周任务：`, `第三周工作`: a week by its number (of a course or a project), as 本周 names this one.
const NUMBERED_WEEK = "第\\d{1,2}周|第[一二三四五六七八九十]{1,3}周";
const TIME = [
  `(?:本周|上周|这周|本期|本月|本阶段|${NUMBERED_WEEK}`,
  "|过去两周的?|过去一周的?|近两周|两周|近期",
  "|当前|目前|整体|总体|项目|工作|重点|上次行动|行动)",
].join("");
const PAST = new RegExp(
  [
    `^${TIME}{0,2}(?:工作)?`,
    "(?:进展|完成情况|完成|已完成|成果|产出|总结|回顾|情况|动态|跟进|开发|工作",
    // `本周完成工作`, `已完成的工作`: the 钉钉 周报 template's own field
    "|进展情况|进展与成果|工作内容|工作总结|更新|完成的?工作|已完成的?工作|完成事项|已完成事项)$",
    "|^(?:本周|上周|这周|Done|Completed|Finished|This week|Last week|Progress",
    "|Updates?|Highlights?|Achievements?|Accomplishments?)$",
    // `本周重点`, `本周任务`: the week's work as it went, not a plan (`本周计划`, `本周目标` are)
    `|^(?:本周|这周|本月|本期|${NUMBERED_WEEK})(?:工作)?(?:重点|任务|行动项)$`,
  ].join(""),
  "i",
);
const FUTURE = new RegExp(
  [
    "^(?:下周|下下周|后续|后期|下周及后期|下一步|下阶段|下一阶段",
    `|下月|下个月|近期|未来|明年|本周|本月|${NUMBERED_WEEK})?`,
    "(?:工作)?",
    "(?:计划|规划|安排|目标|待办|排期|打算|重点|行动项|任务|工作)",
    "(?:及任务|与目标|及目标|安排)?$",
    "|^(?:下周|下下周|Next(?: steps?| week)?|To ?do|Todos?|Plans?|Planned|Coming up|Doing|In progress|WIP)$",
  ].join(""),
  "i",
);
const STATUS = new RegExp(
  [
    "^(?:当前|目前|整体|总体|项目|最新)?",
    "(?:进度|状态|阶段|进度及排期|进展及排期|进度与排期|排期",
    "|里程碑|关键节点|时间节点|节点|时间点",
    "|完成度|完成率|完成比例|完成百分比|进行中|正在进行|处理中)$",
    // a form's dates (预计提测时间, 上线日期); not 预计上线, which a dated line says (`- 12.5 预计上线`)
    "|^(?:计划|预计|实际|目标)?(?:上线|提测|发布|交付|完成|结束|开始|截止)(?:时间|日期)$",
    "|^(?:Status|Milestones?|Timeline|ETA|Schedule)$",
  ].join(""),
  "i",
);
const RISK = new RegExp(
  [
    "^(?:主要|当前|本周|存在|遇到的|遗留)?",
    "(?:风险|问题|求助|困难|阻塞|卡点|依赖",
    "|需协调|需要协调|需支持|需要支持|协调事项|支持事项",
    "|风险与问题|问题与风险|风险和问题|问题和风险|风险与Blocker|风险与求助|问题与求助)",
    // `需协调与帮助`, `需协调帮助与支持` (the 钉钉 周报 template's field): up to two more words of the kind
    String.raw`(?:(?:与|和|及|\/)?`,
    "(?:风险|问题|求助|困难|支持|帮助|事项|点|依赖|缓解|应对|对策|措施)){0,2}$",
    "|^(?:Risks?|Issues?|Blockers?|Risks? (?:and|&) Issues?|Help needed|Concerns?)$",
  ].join(""),
  "i",
);
const CONTEXT = new RegExp(
  [
    "^(?:项目|需求|产品)?",
    "(?:背景|背景与目标|背景和目标|背景及目标|背景和目的|背景与目的|背景及目的|目的|目标",
    "|收益|预期收益|业务收益",
    "|效果|效果图|效果预览|预览|截图|开发模板|模板",
    "|备注|说明|介绍|简介|描述|详情",
    "|原因|case原因|问题原因|原因分析|解决方案|方案|技术方案|设计",
    "|链接|相关链接|线下链接|线上链接|线上环境|线下环境|预览地址|线上地址|地址",
    "|文档|相关文档|参考|参考资料",
    "|审核|评测结果|评审结论|结论|PS|附件",
    "|指派人员|参与人员|参与方|pv|PV)$",
    "|^(?:Background|Goals?|Context|Links?|Docs?|Description|Design|Screenshots?|Preview|Why)$",
  ].join(""),
  "i",
);

/** A label without its numbering, emphasis, brackets, trailing colon or note in brackets. */
export function bareLabel(name: string): string {
  return (
    withoutSymbols(name)
      .replace(/\*\*|__|`/g, "")
      .replace(/^[\s【[]+|(?<![\s】\]])[\s】\]]+$/g, "")
      .replace(NUMBERING, "")
      // From the start of a run of spaces only: from each space of a long run it backtracks quadratically.
      .replace(/(?<!\s)\s*[(（][^()（）]{0,30}[)）]\s*$/, "")
      .replace(/[:：]\s*$/, "")
      .trim()
  );
}

// Emoji and pictographs people put before a label or a name (`✅ 已完成：`, `### 🟢 新人礼包`).
const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;

export function withoutSymbols(text: string): string {
  return text.replace(LEADING_SYMBOLS, "");
}

export function withoutNumbering(name: string): string {
  return name
    .replace(NUMBERING, "")
    .replace(/[:：]\s*$/, "")
    .trim();
}

/** The facet a label names, or null when it names something else (work, a person, a group). */
// Labels repeat within a report and across reports: each is classified once.
const facetCache = new Map<string, FacetKind | null>();
const FACET_CACHE_SIZE = 4096;

export function facetOf(name: string): FacetKind | null {
  if (name.length > 60) return null;
  const cached = facetCache.get(name);
  if (cached !== undefined) return cached;
  if (facetCache.size >= FACET_CACHE_SIZE) facetCache.clear();
  const kind = classifyLabel(name);
  facetCache.set(name, kind);
  return kind;
}

function classifyLabel(name: string): FacetKind | null {
  const bare = bareLabel(name);
  if (bare === "" || bare.length > 16) return null;
  if (CONTEXT.test(bare)) return "context";
  if (RISK.test(bare)) return "risk";
  if (STATUS.test(bare)) return "status";
  if (PAST.test(bare)) return "past";
  if (FUTURE.test(bare)) return "future";
  return null;
}

/** Figures and reflections: no initiatives there. */
const FIGURES_SECTION = new RegExp(
  [
    "^(?:数据|数据统计|业务数据|运营数据)$",
    // at the end of the label: `核心指标`, `本周收获与反思`, `指标达成情况`; not `指标平台`, `附件上传功能`
    "|(?:系统运行数据|运行数据|数据概览|核心数据|关键数据|收获|反思|心得|感悟|体会|思考|指标|性能评估|性能数据|测试数据)",
    "(?:[与和及、][^，,。]{1,6})?(?:情况|达成情况|完成情况|汇总|概览)?$",
    // `附录A`, `附件1：…`; not `附件管理`
    "|^(?:附录|附件)(?![\u4e00-\u9fa5])",
    String.raw`|Metrics|KPIs?\b|Lessons|Reflections?`,
    // `数据统计`, `流量统计`: figures; `本月跟进项目统计` lists the work
    "|^(?:数据|流量|指标|运营|业务|用户|访问)?统计(?:数据)?$",
    // lessons and showcases: `经验总结与启示`, `技术亮点与决策`, `案例分享`, `验收标准`
    "|^(?:经验总结|经验教训|经验|教训|启示|关键学习|学习收获|学习心得|技术亮点|亮点|案例分享|验收标准)(?:[与和及][^，,。]{1,6})?$",
  ].join(""),
  "i",
);
/** Meeting furniture: agenda, attendees, recordings, links. Not work. */
const MEETING_SECTION = new RegExp(
  [
    "^(?:议题|议程|会议议程",
    "|与会人|与会人员|参会人|参会人员|出席|出席人员|参与人员|Agenda|Attendees?|Participants?|Minutes taker",
    "|录制|会议录制",
    "|相关链接|参考链接|链接|Links?|References?",
    "|[^，,。]{0,12}讨论|会议结论|讨论结论|结论|Q&A|FAQ|答疑|Discussion)",
    String.raw`(?:\s*[(（][^)）]*[)）])?$`,
  ].join(""),
  "i",
);

/** Sections whose lines are no work: figures, reflections, agenda, attendees, links. */
export function isSkippedSection(name: string): boolean {
  const bare = withoutNumbering(withoutSymbols(name.replace(/\*\*/g, "")));
  return FIGURES_SECTION.test(bare) || MEETING_SECTION.test(bare);
}

const GENERIC_NAME = new RegExp(
  "^(?:本周|上周|下周|本月)?(?:其他|其它|其他事项|其它事项|其他工作|其它工作|杂项|日常|日常工作|Others?|Misc)$",
  "i",
);

/** 其他 …: a bucket whose sub-items are each their own work. */
export function isGenericName(name: string): boolean {
  return GENERIC_NAME.test(bareLabel(name));
}

const META_LINE = new RegExp(
  [
    // Each run of stars takes the spaces after it: `\s*\**\s*` splits a run of spaces every way.
    String.raw`^\s*(?:\*+\s*)?`,
    "(?:Created|Date|Updated|Author|Owner",
    "|日期|时间|报告日期|汇报日期|填写日期|提交日期|创建时间|更新时间|周报日期",
    "|汇报人|填写人|作者|部门|团队|负责人|周期|报告周期",
    // an OA form's header fields: `所属部门：市场部`, `填报人：王敏`, `汇报周期：…`, `项目经理：何静`
    "|所属部门|填报部门|汇报部门|报送部门|填报单位|报送单位|填报人|提交人|报送人|报告人|汇报周期|统计周期|填报日期|报送日期|项目经理",
    "|参与人员|与会人员|参会人员|组员|成员|结论|录制|录制文件",
    "|总结人|总结时间|记录人|记录者|主持人|提取码|密码|总耗时|耗时|实习方向|研究方向",
    // a document's footer and legend: `**文档版本**: v1.0`, `**最后更新**: 2024-03-04`, `**状态图例**: 🟢 正常`
    "|文档版本|最后更新|最近更新|更新日期|图例|状态图例)",
    String.raw`\s*(?:\*+\s*)?[:：]`,
  ].join(""),
  "i",
);
const META_LABEL = /^\s*\*\*\s*(?:时间|日期|参与人员|与会人员|参会人员|组员|成员|地点|主持人?|记录人?)\s*\*\*/;

/**
 * `负责人：张三`: a line naming who owns the work it sits in; the name, when one is written,
 * in group 1 (an empty `负责人：` is still such a line, of a form's or a heading's).
 */
export const OWNER_LINE = /^(?:负责人|责任人|Owner|PM|对接人|跟进人)\s*[:：]\s*([\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z·]{0,15})?/i;

// A day (`12/5`, `12月5日`, `2024-12-05`) or a percentage: what prose about a piece of work says.
export const WORK_FACT = /(?<!\d)\d{1,2}\s*[/.月]\s*\d{1,2}(?!\d)|\d{4}[-/.年]\d{1,2}|\d{1,3}(?:\.\d+)?\s*[%％]/;

/** Header lines such as `Created:`, `汇报人：` or `**时间** 2024.05.15` are not work items. */
export function isMetaLine(text: string): boolean {
  return META_LINE.test(text) || META_LABEL.test(text);
}
