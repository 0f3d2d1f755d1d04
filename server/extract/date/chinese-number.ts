const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a small number written in Arabic or Chinese numerals (1–99):
 * `12`, `十二`, `二十五`, `廿三`, `卅一`. Returns null for anything else.
 */
export function parseSmallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const normalized = text.replace(/^廿/, "二十").replace(/^卅/, "三十");
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(normalized);
  if (!match || normalized === "") return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGITS[tens]! : null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}

/** Weekday number as date-fns counts it (0 = Sunday) from 一…日/天 or 1…7. */
export function parseWeekday(text: string): number | null {
  const index = "日一二三四五六".indexOf(text);
  if (index >= 0) return index;
  if (text === "天" || text === "7") return 0;
  if (/^[1-6]$/.test(text)) return Number(text);
  return null;
}
