// A report split by person: `## 陈威` / `- oto installer自动分区…`, `## 肖络元` / `- …`, one
// heading per member of the team over the items they did. Each item there is that person's.

// The hundred commonest surnames (over four in five people in China carry one of them).
const SURNAMES = new Set(
  [
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程",
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛",
    "郝龚邵万钱严覃武戴莫孔向汤",
  ].join(""),
);

// A given name of one or two characters after the surname.
const CHINESE_NAME = /^[\u4e00-\u9fa5]{2,3}$/;
// `测试组`, `运维部`, `前端`: a team or a part of the system, though it may open with a surname character (`金融组`).
const TEAM_SUFFIX = /[组部队团线端室科处站台]$/;
// `## 周一` … `## 周五`, `## 周报`: a day or a part of the week, though 周 is a surname too.
const WEEK_WORD = /^周[一二三四五六日天末报会度]/;

/** Whether a heading's name reads as a person's: a common surname, then one or two characters. */
export function looksLikePersonName(name: string): boolean {
  return CHINESE_NAME.test(name) && SURNAMES.has(name[0]!) && !TEAM_SUFFIX.test(name) && !WEEK_WORD.test(name);
}

// `## 张三、李四`, `## 张三/李四`: a part of the report people wrote together.
const PEOPLE_SEPARATOR = /[、,，/／&＆\s]+/;

/** Whether a heading's name is people's: one person's name, or several (`张三、李四`), each a person's. */
export function looksLikePeople(name: string): boolean {
  const names = name.split(PEOPLE_SEPARATOR).filter((n) => n !== "");
  return names.length > 0 && names.every(looksLikePersonName);
}

/**
 * Whether headings side by side are people: two at least, and most of them. One heading alone that
 * opens with a surname character says little (`## 金融`, `## 高优`); a list of them is a team's roll.
 */
export function isPersonRoll(names: readonly string[]): boolean {
  const people = names.filter(looksLikePeople).length;
  return people >= 2 && people * 2 > names.length;
}
