/**
 * The events the review offers first when the PM adds a missed milestone
 * (the extractor knows many more; any word may be typed). Domain words, not UI text.
 */
export const COMMON_EVENTS = [
  "上线",
  "提测",
  "联调",
  "灰度",
  "全量",
  "发布",
  "投产",
  "验收",
  "交付",
  "评审",
  "割接",
  "切换",
  "完成",
] as const;
