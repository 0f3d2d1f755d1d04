import { EVENT_PATTERN } from "../milestone/event-words";
import type { TableBlock, TableRow } from "./build-outline";
import { readableText } from "./readable-text";
import { headingName } from "./initiative-name";
import { cleanName } from "./item-name";
import { sourceOf, type EntryLine, type RawEntry } from "./raw-entry";

type Role = "name" | "owner" | "progress" | "status" | "risk" | "category" | "version" | "seq" | "text";
type Tense = EntryLine["tense"];

const NAME_HEADER = /项目|名称|事项|任务|工作项|需求|模块|产品|内容|Project|Item|Task|Initiative|Name|Feature|Epic/i;
// The headers that name a piece of work itself, rather than the part of the product it belongs to.
const WORK_HEADER = /项目|事项|任务|工作项|需求|Project|Item|Task|Initiative|Feature|Epic/i;
// `指派给`, `处理人`, `执行人`: an issue tracker's (禅道, Jira) assignee column
const OWNER_HEADER = /负责人|Owner|^PM$|对接人|责任人|成员|姓名|人员|Assignee|指派给|处理人|执行人|项目经理|产品经理/i;
const PROGRESS_HEADER = /进度|完成度|完成率|Progress|%/i;
const STATUS_HEADER = /状态|Status|RAG|健康度/i;
const RISK_HEADER = /风险|Blocker|阻塞|Risk/i;
// A 状态 cell that says the row is late.
const LATE_STATUS = /延期|延迟|滞后|落后|风险|受阻|阻塞|at risk|delayed|behind|blocked|^red$/i;
const CATEGORY_HEADER = /^(?:系统类别|类别|类型|分类|种类|Category|Type|Kind)$/i;
// `当前版本 | 计划升级版本`: 5.10 and 9.3 there are versions, not days.
const VERSION_HEADER = /版本|Version|Ver\b|Release/i;
const DATE_HEADER = /时间|日期|节点|里程碑|Date|Deadline|ETA|Milestone|When/i;
const START_HEADER = /开始|启动|立项|Start|Kick-?off/i;
// `截止时间`, `Deadline`, `Due`: the day the row's work is to be done by.
const DUE_HEADER = /截止|到期|Deadline|Due/i;
const SEQ_HEADER = /^(?:序号|#|No\.?|编号)$/i;
const FUTURE_HEADER = /计划|下一步|下周|后续|Next|Plan|预计|目标|ETA|Target|里程碑|Milestone/i;
const PAST_HEADER = /本周|进展|完成情况|Done|Update|This week/i;

// A cell that is only a date: `2026/3/30`, `01.05`, `24.05.22`, `20170515`, `2021/11/1`.
const DATE_CELL = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{2}\.\d{2}\.\d{2}|\d{1,2}[-/.月]\d{1,2}[日号]?|\d{8})$/;
// Something in a cell that reads as a date (`3/18已修复上线`, `下周提测`, `Q1`): the table dates work.
const DATE_LIKE = /\d{1,4}\s*[-/.月]\s*\d{1,2}|\d{8}|[上下本这]周|[上中下]旬|月[初底末]|Q[1-4]|季度/;
const NUMBER_CELL = /^[-+]?[\d,.]+\s*[%％]?$|^(?:NA|N\/A|-|—|无)?$/i;
// `社区公示-100%`: the milestone of the row and how far it is. The shortest name
// longer than two characters ends in a non-space (else one shorter would do), so
// it is tried only there: a name ending anywhere in a run of spaces retried the run each time.
const NAMED_PROGRESS = /^(..|.{2,29}?\S)\s*[-—–:：]\s*\d{1,3}(?:\.\d+)?\s*[%％]$/;
// Words a risk cell uses when it doubts the row's next date.
const DOUBT = /影响|需增加|需要增加|不足|延期|推迟|来不及|无法|阻塞|卡住|风险|不确定|待定|blocked|delay/i;
const PERCENT = /\d\s*[%％]/;
// Codes that point into a list elsewhere (`ABD`): no name for a piece of work.
const CODE_CELL = /^[A-Za-z0-9]{1,4}$/;

/** A 状态 cell that says the row is late (延期, 滞后, at risk). */
export function isLateStatus(status: string | null): boolean {
  return status !== null && LATE_STATUS.test(status);
}

function isDateCell(cell: string): boolean {
  return DATE_CELL.test(cell.replace(/\s+/g, ""));
}

function rolesOf(header: string[]): Role[] {
  const roles = header.map((cell): Role => {
    if (SEQ_HEADER.test(cell)) return "seq";
    if (CATEGORY_HEADER.test(cell)) return "category";
    if (VERSION_HEADER.test(cell) && !DATE_HEADER.test(cell)) return "version";
    if (OWNER_HEADER.test(cell)) return "owner";
    if (STATUS_HEADER.test(cell)) return "status";
    if (PROGRESS_HEADER.test(cell) && !/进展/.test(cell)) return "progress";
    if (RISK_HEADER.test(cell)) return "risk";
    return "text";
  });
  const nameLike = (i: number) => roles[i] === "text" && NAME_HEADER.test(header[i]!) && !PAST_HEADER.test(header[i]!);
  const named = header.findIndex((_, i) => nameLike(i));
  // `模块 | 任务 | …`: the work is the task; a module or product column before it groups the rows
  const work =
    named < 0 || WORK_HEADER.test(header[named]!) ? -1 : header.findIndex((cell, i) => i > named && nameLike(i) && WORK_HEADER.test(cell));
  if (work > named) {
    roles[named] = "category";
    roles[work] = "name";
    return roles;
  }
  const first = named >= 0 ? named : roles.findIndex((role) => role === "text");
  if (first >= 0) roles[first] = "name";
  return roles;
}

interface Column {
  defaultEvent: string | null;
  tense: Tense;
}

function columnOf(header: string): Column {
  EVENT_PATTERN.lastIndex = 0;
  const event = EVENT_PATTERN.exec(header);
  const tense = PAST_HEADER.test(header) ? "past" : FUTURE_HEADER.test(header) ? "future" : null;
  return { defaultEvent: event ? event[0] : null, tense };
}

// Words only a header cell says: what a column holds.
const HEADER_WORD = new RegExp(
  [NAME_HEADER, OWNER_HEADER, PROGRESS_HEADER, STATUS_HEADER, DATE_HEADER, FUTURE_HEADER, PAST_HEADER].map((r) => r.source).join("|"),
  "i",
);
const DAY_IN_CELL = /\d{1,4}\s*[-/.月]\s*\d{1,2}/;
/** A cell's text without its bold marks. */
const plainCell = (cell: string) => cell.replace(/\*\*/g, "").trim();
const filled = (row: TableRow) => row.cells.map(plainCell).filter((cell) => cell !== "");

/** A row that says what each column holds (`项目 | 负责人 | 进度 | 计划上线`): short cells, most of them header words, no day or figure. */
function isHeaderRow(row: TableRow): boolean {
  const cells = filled(row);
  const said = cells.filter((cell) => HEADER_WORD.test(cell)).length;
  const short = cells.every((cell) => cell.length <= 12 && !DAY_IN_CELL.test(cell) && !PERCENT.test(cell));
  return short && said >= 2 && said * 2 >= cells.length;
}

/**
 * A blank header over a header row (`| | | |` / `|---|…` / `| 项目 | 进度 | 计划上线 |`, as a converted 飞书 or
 * Word table comes out), or a title spanning the table above it (`| 重点项目进展 | | |`): the header row is the header.
 */
function headerBelowBlank(table: TableBlock): { header: string[]; rows: TableRow[] } | null {
  const blank = table.header === null || table.header.every((cell) => plainCell(cell) === "");
  if (!blank) return null;
  const at = table.rows.findIndex((row, i) => i < 2 && filled(row).length > 1);
  const row = table.rows[at];
  if (!row || at === table.rows.length - 1 || !isHeaderRow(row) || table.rows.slice(0, at).some((r) => filled(r).length > 1)) return null;
  return { header: row.cells, rows: table.rows.slice(at + 1) };
}

/** A header made of dates (`发版需求 | 2021/11/1 | 2021/12/30`) is the first row of a table without one. */
function normalized(table: TableBlock): { header: string[]; rows: TableRow[] } {
  const below = headerBelowBlank(table);
  if (below) return below;
  if (table.header && !table.header.some(isDateCell)) return { header: table.header, rows: table.rows };
  const first = table.rows[0];
  const headerRow = table.headerRow ?? (table.header && first ? { line: first.line, raw: first.raw, cells: table.header } : null);
  const rows = headerRow ? [headerRow, ...table.rows] : table.rows;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  return { header: Array.from({ length: width }, () => ""), rows };
}

// A table of one piece of work's milestones: `里程碑 | 计划日期 | 实际日期 | 状态`.
const MILESTONE_HEADER = /^(?:里程碑|关键节点|节点|阶段|任务节点|关键里程碑|Milestones?|Phase|Stage|Key dates?)$/i;
const PHASE_HEADER = /^(?:阶段|项目阶段|Phase|Stage)$/i;
const TASK_HEADER = /任务|功能|模块|事项|工作项|Task|Feature/i;
const PLANNED_HEADER = /计划|预计|基线|Plan|Target|Due|Baseline/i;
const ACTUAL_HEADER = /实际|完成日期|完成时间|Actual|Done/i;
const REACHED_STATUS = /已完成|已上线|完成|done|completed|finished|reached|[✅✓✔√☑]/i;
// `未完成`, `待开始`, `进行中`, `In Progress`: a 状态 cell that says the milestone is not reached yet.
const UNREACHED_STATUS = /未|待|进行中|计划中|部分|not|pending|planning|in progress/i;
// `预计 2026-06-02` in an 实际 column: a forecast, not the day it happened.
const FORECAST = /预计|计划|预期|expected|ETA/i;

export function isMilestoneTable(table: TableBlock): boolean {
  return table.header !== null && MILESTONE_HEADER.test(plainCell(table.header[0] ?? ""));
}

/** Each row of a milestone table is a milestone of the work it sits in: the actual date when reached, else the planned one. */
function milestoneLines(table: TableBlock): EntryLine[] {
  const header = table.header ?? [];
  const planned = header.findIndex((h) => PLANNED_HEADER.test(h));
  // `计划完成时间` is a planned column though it says 完成时间
  const actual = header.findIndex((h) => ACTUAL_HEADER.test(h) && !PLANNED_HEADER.test(h));
  const status = header.findIndex((h) => STATUS_HEADER.test(h));
  // `阶段 | 功能模块 | 计划完成时间 | …`: the phase groups the rows; the task beside it is the milestone
  const nameAt = PHASE_HEADER.test(header[0]?.trim() ?? "") && TASK_HEADER.test(header[1] ?? "") ? 1 : 0;
  return table.rows.flatMap((row) => {
    const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? "").trim() : "");
    const name = cleanName(cell(nameAt));
    // an 实际 cell counts when it is a day (`TBD`, `[待填写]` are none); `预计 6/2` there is a forecast
    const actualCell = DATE_LIKE.test(cell(actual)) ? cell(actual) : "";
    const done = FORECAST.test(actualCell) ? "" : actualCell;
    const plan = cell(planned);
    const date =
      done ||
      plan ||
      actualCell ||
      row.cells
        .slice(1)
        .find((c) => DATE_LIKE.test(c))
        ?.trim() ||
      "";
    if (name === "" || date === "") return [];
    const reached = done !== "" || (REACHED_STATUS.test(cell(status)) && !UNREACHED_STATUS.test(cell(status)));
    const milestoneRow = { reached, planned: done && plan ? plan : null, late: isLateStatus(cell(status)) };
    return [lineOf(date, { defaultEvent: name, tense: null }, row, { milestoneRow })];
  });
}

// `410.bwaves`, `GEOMEAN`: the name of a measured thing beside its numbers, in a table of scores set side by side.
const MEASURE_NAME = /^[A-Za-z0-9][\w.+-]{0,29}$/;

/**
 * A date or a name, then only numbers: `20210922 | 1924 | 211`; or scores set
 * side by side (`400.perlbench | 36.03 | 36.18 | 410.bwaves | 67.35 | 66.73`).
 */
function isStatistics(rows: readonly TableRow[]): boolean {
  if (rows.every((r) => r.cells.slice(1).every((c) => NUMBER_CELL.test(c.trim())))) return true;
  return rows.every((r) => {
    const cells = r.cells.map((c) => c.trim()).filter((c) => c !== "");
    const numbers = cells.filter((c) => NUMBER_CELL.test(c)).length;
    return numbers * 2 >= cells.length && cells.every((c) => NUMBER_CELL.test(c) || MEASURE_NAME.test(c));
  });
}

// `2022-03-30 17:02:02`: a time of day to the minute is a record's stamp (a pull request, a build), not a plan's date.
const TIMESTAMP = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}/;

/** An exported list of records (pull requests, builds), every row stamped with its time. */
function isRecordLog(rows: readonly TableRow[]): boolean {
  return rows.length > 0 && rows.every((r) => r.cells.some((c) => TIMESTAMP.test(c)));
}

/** Statistics (a date or a name, then numbers) and inventories (names and descriptions, nothing datable) list no work. */
export function isWorkTable(table: TableBlock): boolean {
  const { header, rows } = normalized(table);
  if (rows.length === 0 || isMilestoneTable(table) || isStatistics(rows) || isRecordLog(rows)) return false;
  const roles = rolesOf(header);
  const hasState = roles.some((r) => r === "progress" || r === "status");
  const datable = header.some((h) => DATE_HEADER.test(h) || /计划/.test(h));
  return hasState || datable || rows.some((r) => r.cells.some((c) => DATE_LIKE.test(c)));
}

/**
 * Where a row's cells sit against the header. Rows that lost a leading cell
 * (an empty category) are shifted: the row's date cell shows by how much.
 */
function shiftOf(row: TableRow, dateColumns: number[]): number {
  if (dateColumns.length !== 1) return 0;
  const at = dateColumns[0]!;
  if (isDateCell(row.cells[at] ?? "")) return 0;
  for (const delta of [-1, 1, -2, 2]) if (isDateCell(row.cells[at + delta] ?? "")) return delta;
  return 0;
}

function lineOf(text: string, column: Column, row: TableRow, extra: Partial<EntryLine> = {}): EntryLine {
  return { source: sourceOf(row.line, row.raw), text: readableText(text), subName: null, isSubItem: false, ...column, ...extra };
}

/**
 * The milestone a date cell dates: the column's event (a due column's is the work's
 * completion), the progress cell's step, the text cell before it, or the row.
 */
function dateCellTitle(header: string, progressCell: string | null, before: string | null, name: string): string {
  EVENT_PATTERN.lastIndex = 0;
  const event = EVENT_PATTERN.exec(header);
  if (event) return event[0];
  if (DUE_HEADER.test(header)) return "完成";
  const step = progressCell ? NAMED_PROGRESS.exec(progressCell.trim())?.[1] : undefined;
  if (step) return cleanName(step);
  if (before && before.length <= 30 && !isDateCell(before)) return cleanName(before);
  return name;
}

interface ReadRow {
  name: string;
  /** the name cell is empty: a merged cell of the row above (its owner may still stand in for a name) */
  merged: boolean;
  owner: string | null;
  lines: EntryLine[];
  progress: string | null;
  status: string | null;
  risk: boolean;
}

function readRow(row: TableRow, header: string[], roles: Role[], tense: Tense): ReadRow {
  const dateColumns = header.map((h, i) => (DATE_HEADER.test(h) && roles[i] === "text" ? i : -1)).filter((i) => i >= 0);
  const shift = shiftOf(row, dateColumns);
  const cellAt = (i: number) => (row.cells[i + shift] ?? "").trim();
  const cell = (role: Role) => {
    const index = roles.indexOf(role);
    return index >= 0 ? cellAt(index) : null;
  };
  // `RS样式升级@健驰`, `风控平台（张三）`: a name cell is read as a heading's name is
  const named = headingName(cell("name") ?? "");
  const merged = named.name === "";
  let name = named.name;
  const owner = cell("owner") || named.owner;
  if ((name === "" || CODE_CELL.test(name)) && owner) name = cleanName(owner);
  const progress = cell("progress");
  // `日期 | 里程碑 | 项目 | 状态`: a column of milestones names what the row's date is the day of, wherever it stands
  const milestoneAt = milestoneColumn(header);
  const milestoneCell = milestoneAt >= 0 && cellAt(milestoneAt) !== "" && !DATE_LIKE.test(cellAt(milestoneAt)) ? cellAt(milestoneAt) : null;
  const columns = header.map((h) => {
    const column = columnOf(h);
    return { ...column, tense: column.tense ?? tense };
  });
  const plain: Column = { defaultEvent: null, tense };
  // When the header names its date columns, dates are read there only.
  const dates = header
    .map((_, i) => i)
    .filter((i) => roles[i] === "text" && isDateCell(cellAt(i)) && (dateColumns.length === 0 || dateColumns.includes(i)));
  const lines: EntryLine[] = [];
  if (dates.length === 2 && !header[dates[0]!]!.trim()) {
    // A phase from one date to the next: one milestone dated at its end.
    lines.push(lineOf(`${cellAt(dates[0]!)} ~ ${cellAt(dates[1]!)}`, { defaultEvent: name, tense: null }, row, { dateCell: true }));
  } else {
    // `计划时间 | 实际时间`: the day it happened replaces the planned one, for the same milestone
    const actual = dates.find((i) => ACTUAL_HEADER.test(header[i]!) && !PLANNED_HEADER.test(header[i]!));
    // … of the same kind: `计划开始 | 计划完成 | 实际完成` replaces the planned end, not the start
    const startsWork = (i: number) => START_HEADER.test(header[i]!);
    const planned =
      actual === undefined
        ? undefined
        : dates.find((i) => i !== actual && PLANNED_HEADER.test(header[i]!) && startsWork(i) === startsWork(actual));
    for (const i of dates) {
      if (i === planned) continue;
      const at = i === actual && planned !== undefined ? planned : i;
      // `动作 | 负责人 | 截止时间`: an owner, a status or a progress cell before the date names no milestone
      const before = milestoneCell ?? (at > 0 && (roles[at - 1] === "text" || roles[at - 1] === "name") ? cellAt(at - 1) : null);
      const title = dateCellTitle(header[at] ?? "", progress, before, name);
      lines.push(
        lineOf(cellAt(i), { defaultEvent: title, tense: null }, row, { dateCell: true, startCell: START_HEADER.test(header[i]!) }),
      );
    }
  }
  for (let i = 0; i < Math.max(header.length, row.cells.length); i++) {
    const text = cellAt(i);
    const role = roles[i] ?? "text";
    if (dates.includes(i) || text === "" || /^[-—–/]+$/.test(text) || !(role === "text" || role === "risk" || role === "progress"))
      continue;
    lines.push(lineOf(text, columns[i] ?? plain, row));
  }
  const riskCell = cell("risk");
  const status = cell("status");
  const risk = (!!riskCell && DOUBT.test(riskCell)) || isLateStatus(status);
  return { name, merged, owner: owner && owner !== name ? owner : null, lines, progress, status, risk };
}

/** The column of a work table that names each row's milestone (`里程碑`, `关键节点`), else -1. */
function milestoneColumn(header: readonly string[]): number {
  return header.findIndex((h) => MILESTONE_HEADER.test(plainCell(h)) && !PHASE_HEADER.test(h.trim()));
}

/** Each row of a work table is an initiative; its header says which column is which. */
export function tableEntries(table: TableBlock, group: string, tense: Tense = null): RawEntry[] {
  const { header, rows } = normalized(table);
  const roles = rolesOf(header);
  const category = roles.indexOf("category");
  const entries: RawEntry[] = [];
  // Outside any heading, a category column groups its rows; an empty cell (a merged one) keeps the one above.
  let rowGroup = group;
  for (const row of rows) {
    if (group === "" && category >= 0) rowGroup = cleanName(row.cells[category] ?? "") || rowGroup;
    const read = readRow(row, header, roles, tense);
    // A row whose name cell is left empty (a merged cell) goes on with the work of the row above,
    // when it says something of its own (`| | 提测 | 11/29 |`), not only a date spanned down to it.
    const previous = entries[entries.length - 1];
    // Its owner cell, the same person's as above, does not make it a work of its own; unless it states
    // a progress of its own (`进行中 50%`), which would pass for the progress of the whole work.
    const ownProgress = read.lines.some((l) => PERCENT.test(l.text));
    const sameOwner = read.name === "" || (read.merged && !ownProgress && previous !== undefined && previous.owner === read.name);
    if (sameOwner && previous && read.lines.some((l) => !l.dateCell)) {
      previous.lines.push(...read.lines);
      previous.statusText += `；${read.lines.map((l) => l.text).join("；")}`;
      continue;
    }
    if (read.name === "" || /^[-—–\s]+$/.test(read.name)) continue;
    const lines = read.lines.length > 0 ? read.lines : [lineOf("", { defaultEvent: null, tense }, row)];
    entries.push({
      group: rowGroup,
      initiative: read.name,
      source: sourceOf(row.line, row.raw),
      statusText: lines.map((l) => l.text).join("；"),
      lines,
      tableProgress: read.progress,
      tableStatus: read.status,
      statusOfMilestone: milestoneColumn(header) >= 0,
      promoted: false,
      owner: read.owner,
      tableRisk: read.risk,
    });
  }
  return entries;
}

/** A table that lists no work of its own, read as lines of the item it sits in. */
export function tableLines(table: TableBlock, tense: Tense): EntryLine[] {
  if (isMilestoneTable(table)) return milestoneLines(table);
  const { header, rows } = normalized(table);
  if (isStatistics(rows)) return [];
  const roles = rolesOf(header);
  return rows.flatMap((row) => readRow(row, header, roles, tense).lines);
}
