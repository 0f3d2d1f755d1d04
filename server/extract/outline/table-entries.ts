import { EVENT_PATTERN } from "../milestone/event-words";
import type { TableBlock } from "./build-outline";
import { cleanName } from "./item-name";
import { sourceOf, type EntryLine, type RawEntry } from "./raw-entry";

type Role = "name" | "owner" | "progress" | "status" | "seq" | "text";

const NAME_HEADER = /项目|名称|事项|任务|工作项|需求|模块|产品|系统|Project|Item|Task|Initiative|Name|Feature|Epic/i;
const OWNER_HEADER = /负责人|Owner|PM|对接人|责任人|成员|姓名|Assignee/i;
const PROGRESS_HEADER = /进度|完成度|完成率|Progress|%/i;
const STATUS_HEADER = /状态|Status|RAG|健康度/i;
const SEQ_HEADER = /^(?:序号|#|No\.?|编号)$/i;
const FUTURE_HEADER = /计划|下一步|下周|后续|Next|Plan|预计|目标|ETA|Target|里程碑|Milestone|时间|日期|Date/i;
const PAST_HEADER = /本周|进展|完成情况|Done|Update|This week/i;

function rolesOf(header: string[]): Role[] {
  const roles = header.map((cell): Role => {
    if (SEQ_HEADER.test(cell)) return "seq";
    if (OWNER_HEADER.test(cell)) return "owner";
    if (STATUS_HEADER.test(cell)) return "status";
    if (PROGRESS_HEADER.test(cell) && !/进展/.test(cell)) return "progress";
    return "text";
  });
  const named = header.findIndex((cell, i) => roles[i] === "text" && NAME_HEADER.test(cell) && !PAST_HEADER.test(cell));
  const first = named >= 0 ? named : roles.findIndex((role) => role === "text");
  if (first >= 0) roles[first] = "name";
  return roles;
}

interface Column {
  defaultEvent: string | null;
  tense: EntryLine["tense"];
}

function columnOf(header: string): Column {
  EVENT_PATTERN.lastIndex = 0;
  const event = EVENT_PATTERN.exec(header);
  const tense = PAST_HEADER.test(header) ? "past" : FUTURE_HEADER.test(header) ? "future" : null;
  return { defaultEvent: event ? event[0] : null, tense };
}

function lineOf(cell: string, column: Column, row: { line: number; raw: string }): EntryLine {
  return { source: sourceOf(row.line, row.raw), text: cell, subName: null, isSubItem: false, ...column };
}

/** Each row of a Markdown table is an initiative; its header says which column is which. */
export function tableEntries(table: TableBlock, group: string): RawEntry[] {
  const header = table.header ?? table.rows[0]?.cells.map(() => "") ?? [];
  const roles = rolesOf(header);
  const columns = header.map(columnOf);
  const plain: Column = { defaultEvent: null, tense: null };
  const entries: RawEntry[] = [];
  for (const row of table.rows) {
    const cell = (role: Role) => {
      const index = roles.indexOf(role);
      return index >= 0 ? (row.cells[index] ?? "").trim() : null;
    };
    const initiative = cleanName(cell("name") ?? "");
    if (initiative === "" || /^[-—–\s]+$/.test(initiative)) continue;
    const lines = row.cells
      .map((text, i) => ({ text: text.trim(), i }))
      .filter(({ text, i }) => roles[i] === "text" && text !== "" && !/^[-—–/]+$/.test(text))
      .map(({ text, i }) => lineOf(text, columns[i] ?? plain, row));
    entries.push({
      group, initiative, source: sourceOf(row.line, row.raw), statusText: lines.map((l) => l.text).join("；"),
      lines: lines.length > 0 ? lines : [lineOf("", plain, row)], tableProgress: cell("progress"), tableStatus: cell("status"),
      promoted: false,
    });
  }
  return entries;
}
