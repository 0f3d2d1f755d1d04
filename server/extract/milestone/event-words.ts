// Events that are things rather than acts: a meeting or a conference happens on its date.
const GATHERINGS = ["同步会", "研讨会", "发布会", "开发者大会", "大会", "会议", "论坛", "峰会", "沙龙", "例会", "培训"];

// The verbs a milestone is made of. Longer words first so that 跑通首单 wins over 跑通.
const CHINESE_EVENTS = [
  "跑通首单",
  "正式运行",
  "试运行",
  "小流量",
  "上线",
  "联调",
  "提测",
  "完成",
  "开放",
  "评审",
  "检查",
  "切换",
  "试点",
  "结项",
  "跑通",
  "定标",
  "评标",
  "招标",
  "发布",
  "灰度",
  "全量",
  "投产",
  "交付",
  "验收",
  "提报",
  "启动",
  "报送",
  "开城",
  "签署",
  "签约",
  "到货",
  "进场",
  "修复",
  "整改",
  "迁移",
  "部署",
  "刷新",
  "盘点",
  "治理",
  "对接",
  "接入",
  "开发",
  "测试",
  "立项",
  "推广",
  "开通",
  "落地",
  "下线",
  "割接",
  "演练",
  "复盘",
  "上报",
  "提交",
  "审批",
  "备案",
  "开工",
  "封板",
  "冻结",
  "放量",
  "回归",
  "压测",
  "评估",
  "开始",
  "进行",
  "实施",
  "发版",
  "上架",
  "完毕",
  "改造",
  "搭建",
  "解决",
  "合入",
  "合并",
  "毕业",
  "适配",
  "公示",
  "准出",
  "选型",
  "申请",
  "定位",
  "自测",
  "走单",
  "迭代",
  "介入",
  "举办",
  "召开",
  "演示",
  "答辩",
  "封版",
  "生效",
  "获得通过",
  "审核通过",
  "登场",
  "确定",
  "产出",
  "给出",
  "更新",
  "排期",
  // what public bodies and projects of building and procurement deliver on a date
  "出具",
  "印发",
  "签订",
  "送审",
  "报批",
  "搬迁",
  "竣工",
  "完工",
  // what sales and operations open on a date
  "开售",
  "发售",
  "上市",
  "开业",
  "投运",
  "投用",
  "启用",
  "首发",
  // what hardware and manufacturing reach on a date: a sample, a board, a mould, a run, a certificate
  "打样",
  "送样",
  "回板",
  "流片",
  "开模",
  "试模",
  "试产",
  "量产",
  "送检",
  "出证",
  "到料",
  "出货",
  "发货",
  // building: the frame is topped out, the road opens, the flat is handed over
  "封顶",
  "浇筑",
  "通车",
  "交房",
  "移交",
  // marketing: a live show, a presale, a campaign's media buy
  "直播",
  "预售",
  "投放",
  // research: a paper and a funded project from proposal to close
  "投稿",
  "开题",
  "结题",
  "录用",
  // procurement and payment
  "开标",
  "中标",
  "初验",
  "终验",
  "回款",
  "到账",
  ...GATHERINGS,
];
const ENGLISH_EVENTS = [
  "code freeze",
  "go-live",
  "go live",
  "golive",
  "kick-off",
  "kickoff",
  "sign-off",
  "signoff",
  "roll out",
  "rollout",
  "release",
  "launch",
  "deploy",
  "cutover",
  "migration",
  "delivery",
  "handover",
  "review",
  "pilot",
  "freeze",
  "demo",
  "cut over",
  "cut-over",
  "rolled out",
  "shipped",
  "released",
  "launched",
  "deployed",
  "merged",
  "beta",
  "ship",
  "merge",
  "merged",
  "land",
  "landed",
  "fix",
  "fixed",
  "meetup",
  "workshop",
  "summit",
  "conference",
  "UAT",
  "SIT",
  "POC",
  "MVP",
  "GA",
];

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}

function patternOf(chinese: readonly string[], english: readonly string[]): RegExp {
  return new RegExp(
    `(?:${chinese.map(escape).join("|")})(?![者人情度率])(?!(?<=题)报告)|(?<![A-Za-z])(?:${english.map(escape).join("|")})(?![A-Za-z])`,
    "gi",
  );
}

/** Matches one event word; English words only as whole words. */
// `开发者`, `测试人员`: a person, not an act; `完成情况`, `完成度`: a state, not an act;
// `开题报告`, `结题报告`: a paper to hand in, not the act (`12月13日提交结题报告` is 提交).
export const EVENT_PATTERN = patternOf(CHINESE_EVENTS, ENGLISH_EVENTS);

/** A word the built-in list already holds (`灰度`, `UAT`): a profile's event word adds nothing then. */
export function isBuiltInEvent(word: string): boolean {
  const lower = word.trim().toLowerCase();
  return [...CHINESE_EVENTS, ...ENGLISH_EVENTS].some((w) => w.toLowerCase() === lower);
}

/**
 * Extra words before the built-in ones (longest first), each after the built-in
 * words that extend it (`正式运行` still wins over an extra `正式`); the built-in
 * words keep their order, so they compete among themselves as before.
 */
function withExtra(builtIn: readonly string[], extra: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of [...extra].sort((a, b) => b.length - a.length)) {
    const lower = word.toLowerCase();
    out.push(...builtIn.filter((w) => w.length > word.length && w.toLowerCase().startsWith(lower) && !out.includes(w)), word);
  }
  return [...out, ...builtIn.filter((w) => !out.includes(w))];
}

/**
 * The event words with a department's own on top (a profile's `eventWord`
 * rules: `切流`, `封网`); without extra words, EVENT_PATTERN itself, so that a
 * read without a profile is unchanged.
 */
export function eventPattern(extra: readonly string[]): RegExp {
  const words = [...new Set(extra.map((w) => w.trim()).filter((w) => w !== "" && !isBuiltInEvent(w)))];
  if (words.length === 0) return EVENT_PATTERN;
  const latin = (w: string) => /^[A-Za-z]/.test(w);
  return patternOf(
    withExtra(
      CHINESE_EVENTS,
      words.filter((w) => !latin(w)),
    ),
    withExtra(ENGLISH_EVENTS, words.filter(latin)),
  );
}

/** A meeting, a training: an event the writer attends, not a step of a work (`参加项目周例会`). */
export const GATHERING_EVENTS: ReadonlySet<string> = new Set(GATHERINGS);

/** Verbs that say little alone: `完成历史数据刷数` is about 历史数据刷数. */
export const LIGHT_EVENTS = new Set(["完成", "开始", "进行", "实施", "完毕"]);

/** Verbs that deliver the work itself: a clause `X灰度…` or `X联调…` makes X the subject of what follows. */
export const DELIVERY_EVENTS = new Set([
  "上线",
  "灰度",
  "提测",
  "联调",
  "发布",
  "全量",
  "投产",
  "切换",
  "试点",
  "交付",
  "验收",
  "正式运行",
  "试运行",
]);

/** Consecutive event words read as one (`进场检查`, `修复上线`, `全量切换完成`). */
export interface EventRun {
  start: number;
  end: number;
  words: string[];
}

export function findEventRuns(text: string, pattern: RegExp = EVENT_PATTERN): EventRun[] {
  const runs: EventRun[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const last = runs[runs.length - 1];
    if (last && last.end === m.index) {
      last.end = m.index + m[0].length;
      last.words.push(m[0]);
    } else runs.push({ start: m.index, end: m.index + m[0].length, words: [m[0]] });
  }
  return runs;
}

/**
 * The event a run stands for and the words before it that qualify the subject:
 * `进场检查` → 进场 + 检查; a trailing 完成 only confirms (`联调完成` → 联调).
 */
export function eventOfRun(run: EventRun): { qualifier: string; event: string } {
  let words = run.words;
  while (words.length > 1 && LIGHT_EVENTS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  // `完成迁移`: a leading light verb only says the work gets done.
  while (words.length > 1 && LIGHT_EVENTS.has(words[0]!)) words = words.slice(1);
  const event = words[words.length - 1]!;
  return { qualifier: words.slice(0, -1).join(""), event: /^[A-Za-z]/.test(event) ? normalizeEnglish(event) : event };
}

function normalizeEnglish(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith("go")) return "Go-live";
  if (/^(uat|sit|poc|mvp|ga)$/.test(lower)) return word.toUpperCase();
  return lower;
}
