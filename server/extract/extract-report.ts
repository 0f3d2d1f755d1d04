import { checkInput, DEFAULT_MAX_BYTES } from "./check-input";
import { formatDay, parseDay } from "./date/format-day";
import { isFiguresOnly } from "./is-figures-only";
import { readCompletions } from "./milestone/read-completions";
import { readMilestones, withoutRepeats } from "./milestone/read-milestones";
import { buildOutline } from "./outline/build-outline";
import { collectEntries } from "./outline/collect-entries";
import type { RawEntry } from "./outline/raw-entry";
import { isLateStatus } from "./outline/table-entries";
import { readProgress } from "./read-progress";
import { readStatus } from "./read-status";
import { ruleKey, type FiredRule, type ProfileRule } from "../../lib/layout-profile/layout-profile";
import { progressLines, withAliases } from "./profile/apply-profile-to-entries";
import { applyProfileToOutline } from "./profile/apply-profile-to-outline";
import { compileProfile, isEmptyProfile, type CompiledProfile } from "./profile/compiled-profile";
import { DEFAULT_DATE_WINDOW, isInDateWindow, type DateWindow } from "../../lib/dates/date-window";
import { isoWeekLabel } from "../../lib/dates/iso-week";
import { messages } from "../../lib/messages";
import { windowBounds, type WindowBounds } from "./date/window-bounds";
import { readReportHeader } from "./report-header";
import {
  ExtractionError,
  type ExtractedEntry,
  type ExtractedMilestone,
  type ExtractionResult,
  type ExtractOptions,
  type SourceLine,
  type UnreadLine,
} from "./types";

function uniqueLines(entry: RawEntry): SourceLine[] {
  const seen = new Set<number>();
  return entry.lines.map((line) => line.source).filter((source) => !seen.has(source.line) && seen.add(source.line));
}

function readEntry(
  entry: RawEntry,
  reportDate: Date,
  window: WindowBounds,
  profile: CompiledProfile,
  fired: FiredRule[],
): { entry: ExtractedEntry; unread: UnreadLine[] } {
  const { progress, source: progressSource } = readProgress(progressLines(entry.lines, profile.notProgress, fired), entry.tableProgress);
  const row = { progress, risk: entry.tableRisk === true, late: isLateStatus(entry.tableStatus) };
  const { milestones: read, unread } = readMilestones(entry.lines, reportDate, row, window, profile.events);
  const milestones = read.map((m) => withoutNameSubject(m, entry.initiative));
  fireEventWords(milestones, profile.eventWords, fired);
  return {
    entry: {
      group: entry.group,
      initiative: entry.initiative,
      owner: entry.owner,
      progress,
      // beside a column of milestones, a 状态 cell is the state of the row's milestone, not of the whole work
      status: readStatus(entry.statusText, entry.statusOfMilestone === true ? null : entry.tableStatus),
      milestones,
      completions: readCompletions(entry.lines, reportDate, window),
      source: entry.source,
      progressSource,
      lines: uniqueLines(entry),
    },
    unread,
  };
}

// from the start of a run of digits only: from each digit of a long run it would rescan the rest
const FIGURE = /(?<![\d.])\d+(?:\.\d+)?\s*[%％]/g;

/**
 * `会员体系升级 65% 11/29提测`: a subject that is the initiative's name and a figure adds
 * nothing; the event alone is the title, the same whatever the figure says next week.
 */
function withoutNameSubject(milestone: ExtractedMilestone, initiative: string): ExtractedMilestone {
  const { subject, event, title } = milestone;
  if (subject === "" || title !== `${subject}${event}`) return milestone;
  const withoutFigure = subject.replace(FIGURE, "");
  return withoutFigure !== subject && bareName(withoutFigure) === bareName(initiative)
    ? { ...milestone, subject: "", title: event }
    : milestone;
}

/** The department's own event words that made a milestone (`割接`, `切流`): the review says so. */
function fireEventWords(milestones: readonly ExtractedMilestone[], words: ReadonlyMap<string, ProfileRule>, fired: FiredRule[]): void {
  if (words.size === 0) return;
  for (const m of milestones) {
    const rule = words.get(ruleKey(m.event));
    if (rule) fired.push({ ruleId: rule.id, kind: rule.kind, match: rule.match, line: m.source.line });
  }
}

/** Letters and digits only, lower case: `用户画像：` and `用户画像` name the same. */
function bareName(name: string): string {
  return name.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/**
 * A plan list or a 其他 bucket names known work in short (`用户画像` for
 * `用户画像标签体系`): its entry joins the initiative whose name holds it, or the other way round;
 * so does a day's line that holds the name of the work other days step (`编写支付模块接口文档`).
 */
function asKnownWork(entry: ExtractedEntry, known: ReadonlyArray<{ bare: string; initiative: string }>): ExtractedEntry {
  const short = bareName(entry.initiative);
  if (short.length < 2) return entry;
  const host = known.find(({ bare }) => bare.length >= 2 && (bare.includes(short) || short.includes(bare)));
  return host ? { ...entry, initiative: host.initiative } : entry;
}

/**
 * The same initiative named twice in one report (a summary table and a section
 * of its own, 本周 / 下周 lists of one person) is one entry, in the first one's group.
 */
function mergeRepeats(entries: ExtractedEntry[]): ExtractedEntry[] {
  const byKey = new Map<string, ExtractedEntry>();
  const merged: ExtractedEntry[] = [];
  for (const entry of entries) {
    const key = entry.initiative;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, entry);
      merged.push(entry);
      continue;
    }
    first.milestones = withoutRepeats([...first.milestones, ...entry.milestones]);
    first.completions = [...(first.completions ?? []), ...(entry.completions ?? [])];
    first.lines.push(...entry.lines);
    if (first.progress === null && entry.progress !== null) {
      first.progress = entry.progress;
      first.progressSource = entry.progressSource;
    }
    first.status ??= entry.status;
  }
  return merged;
}

/** Each rule once per line, in line order. */
function uniqueFired(fired: readonly FiredRule[]): FiredRule[] {
  const seen = new Set<string>();
  return [...fired]
    .sort((a, b) => a.line - b.line)
    .filter((f) => {
      const key = `${f.ruleId}@${f.line}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    });
}

/** A report or reference date outside the window would date every relative phrase of the report outside it. */
function refuseOutside(what: string, day: string, window: DateWindow): void {
  if (!isInDateWindow(day, window))
    throw new ExtractionError("bad_date", `${what} ${day} 不可用：${messages.edit.dateOutOfWindow(window)}`);
}

/**
 * Reads a weekly report (loose Markdown, mostly Chinese) into initiatives,
 * dated milestones and progress. Pure: the only notion of "now" is the
 * report's own date, else `options.referenceDate`.
 * Throws ExtractionError for input that is no readable report.
 */
export function extractReport(text: string, options: ExtractOptions = {}): ExtractionResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const window = options.dateWindow ?? DEFAULT_DATE_WINDOW;
  if (options.referenceDate !== undefined && parseDay(options.referenceDate) === null) {
    throw new ExtractionError("bad_date", `参考日期格式不正确：${String(options.referenceDate).slice(0, 40)}（应为 YYYY-MM-DD）`);
  }
  if (options.referenceDate !== undefined) refuseOutside("参考日期", options.referenceDate, window);
  const body = checkInput(text, maxBytes);
  const lines = body.split(/\r\n|\r|\n/);
  const header = readReportHeader(lines, options);
  if (!header.reportDate || !header.reportDateSource) {
    throw new ExtractionError(
      "no_date",
      "无法确定周报日期：请在周报中写明日期（如“日期：2024-12-06”或标题“# 2024-W47”），" + "或指定参考日期",
    );
  }
  const reportDate = header.reportDate;
  refuseOutside("周报日期", formatDay(reportDate), window);
  const bounds = windowBounds(window);
  const profile = compileProfile(options.profile);
  const outline = buildOutline(lines, header.plainTitleLine);
  // Without rules the outline is read as built: no walk over it.
  const fired = isEmptyProfile(profile) ? [] : applyProfileToOutline(outline, profile);
  const read = collectEntries(outline, header.department, reportDate).map((raw) => ({
    raw,
    ...readEntry(raw, reportDate, bounds, profile, fired),
  }));
  // Items in a 其他 bucket or a report-level plan that say nothing datable nor their state (`积分商城：项目暂停`),
  // and items of figures only, are no work.
  const dropped = ({ raw, entry }: (typeof read)[number]) =>
    isFiguresOnly(entry) || (raw.promoted && entry.milestones.length === 0 && entry.progress === null && entry.status === null);
  const readable = read.filter((r) => !dropped(r));
  const joins = ({ raw }: (typeof read)[number]) => raw.promoted || raw.partOfKnownWork === true;
  const known = readable.filter((r) => !joins(r)).map((r) => ({ bare: bareName(r.entry.initiative), initiative: r.entry.initiative }));
  const kept = readable.map((r) => (joins(r) ? { ...r, entry: asKnownWork(r.entry, known) } : r));
  const entries = mergeRepeats(
    withAliases(
      kept.map(({ entry }) => entry),
      profile,
      fired,
    ),
  );
  const unread: UnreadLine[] = [
    ...kept.flatMap((r) => r.unread),
    // Dropped items that name no kept initiative may be new work the report mentions in passing.
    ...read
      .filter((r) => dropped(r) && r.raw.promoted && !entries.some((e) => e.initiative === r.entry.initiative))
      .map(({ raw }) => ({ ...raw.source, reason: "unsure_item" as const })),
  ].sort((a, b) => a.line - b.line);
  if (entries.length === 0) {
    throw new ExtractionError("no_entries", "周报中没有识别到任何事项（需要编号或列表条目、“名称：内容”行或表格）");
  }
  return {
    week: isoWeekLabel(reportDate),
    reportDate: formatDay(reportDate),
    reportDateSource: header.reportDateSource,
    title: header.title,
    department: header.department,
    entries,
    unread,
    ...(isEmptyProfile(profile) ? {} : { firedRules: uniqueFired(fired) }),
  };
}
