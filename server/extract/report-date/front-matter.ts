// YAML front matter of a Markdown file (blog posts, static-site weekly reports):
//   ---
//   title: deepin-ports SIG 周报 (2025-12-18)
//   date: 2025-12-18
//   ---
import { toDate, type DayParts } from "./day-tokens";

export interface FrontMatter {
  /** index of the first line after the closing `---` (0 when there is no front matter) */
  bodyStart: number;
  title: string;
  date: Date | null;
}

const MAX_LINES = 60;
const FENCE = /^---\s*$/;
// The value starts at its first non-space (none when blank): `\s*(.*)` could split a run of spaces every way.
const FIELD = /^(title|date)\s*:\s*(\S.*)?$/i;
const YAML_DAY = /^['"]?(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { bodyStart: 0, title: "", date: null };
  if (!FENCE.test(lines[0] ?? "")) return none;
  const close = lines.slice(1, MAX_LINES).findIndex((line) => FENCE.test(line));
  if (close < 0) return none;
  const result: FrontMatter = { bodyStart: close + 2, title: "", date: null };
  for (const line of lines.slice(1, close + 1)) {
    const field = FIELD.exec(line.trim());
    if (!field) continue;
    const value = (field[2] ?? "").trim();
    if (field[1]!.toLowerCase() === "title") {
      result.title = value.replace(/^(['"])(.*)\1$/, "$2").trim();
      continue;
    }
    const day = YAML_DAY.exec(value);
    const parts: DayParts | null = day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : null;
    const date = parts ? toDate(parts) : null;
    if (date && date.getFullYear() >= 2000 && date.getFullYear() <= 2100) result.date = date;
  }
  return result;
}
