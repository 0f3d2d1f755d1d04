import type { ItemNode, Section } from "./build-outline";
import { colonlessName, splitName } from "./item-name";
import { sourceOf, type EntryLine, type RawEntry } from "./raw-entry";
import {
  isFiguresSection, isGenericName, isPhaseLabel, isPlanLabel, isRiskLabel, withoutNumbering,
} from "./section-kinds";
import { tableEntries } from "./table-entries";

function lineOfItem(item: ItemNode, isSubItem: boolean): EntryLine {
  const named = splitName(item.text);
  return {
    source: sourceOf(item.line, item.raw), text: named && isSubItem ? named.content : item.text,
    subName: isSubItem && named ? named.name : null, isSubItem, defaultEvent: null, tense: null,
  };
}

function descendantLines(item: ItemNode): EntryLine[] {
  return item.children.flatMap((child) => [lineOfItem(child, true), ...descendantLines(child)]);
}

/** One numbered or bulleted item, or the items of a 其他 bucket. */
function itemEntries(item: ItemNode, group: string, promoted = false): RawEntry[] {
  const named = splitName(item.text);
  if (named && (isGenericName(named.name) || isPhaseLabel(named.name)) && item.children.length > 0) {
    const own = named.content !== "" ? [ownEntry(item, group, named.name, named.content, [])] : [];
    const bucket = isGenericName(named.name);
    return [...own, ...item.children.flatMap((child) => itemEntries(child, group, bucket))];
  }
  if (named && isPhaseLabel(named.name)) return [];
  const initiative = named ? named.name : colonlessName(item.text);
  if (initiative === "") return [];
  const entry = ownEntry(item, group, initiative, named ? named.content : item.text, descendantLines(item));
  return [{ ...entry, promoted }];
}

function ownEntry(item: ItemNode, group: string, initiative: string, text: string, subLines: EntryLine[]): RawEntry {
  const own: EntryLine = { ...lineOfItem(item, false), text };
  return {
    group, initiative, source: sourceOf(item.line, item.raw), lines: [own, ...subLines], statusText: text,
    tableProgress: null, tableStatus: null, promoted: false,
  };
}

function allItems(section: Section): ItemNode[] {
  return [...section.items, ...section.children.flatMap(allItems)];
}

/**
 * A heading is a project when its report is split into phases (本周进展 /
 * 下周计划 sub-headings or label items) written as plain sentences: then the
 * heading is the initiative and every line below belongs to it.
 */
function isProject(section: Section): boolean {
  const labelled = section.children.filter((child) => isPhaseLabel(child.name));
  const labelItems = section.items.filter((item) => {
    const named = splitName(item.text);
    return named !== null && isPhaseLabel(named.name);
  });
  if (labelled.length === 0 && labelItems.length === 0) return false;
  const phased = [...labelled.flatMap((child) => child.items), ...labelItems.flatMap((item) => item.children)];
  const namedCount = phased.filter((item) => splitName(item.text) !== null).length;
  return namedCount * 2 <= phased.length || phased.length === 0;
}

function projectEntry(section: Section, group: string): RawEntry {
  const heading: EntryLine = {
    source: sourceOf(section.line, section.raw), text: "", subName: null, isSubItem: false, defaultEvent: null, tense: null,
  };
  const lines = [heading, ...allItems(section).flatMap((item) => [lineOfItem(item, false), ...descendantLines(item)])];
  const initiative = withoutNumbering(section.name) || section.name;
  return {
    group, initiative, source: sourceOf(section.line, section.raw), lines,
    statusText: lines.map((line) => line.text).join("；"), tableProgress: null, tableStatus: null, promoted: false,
  };
}

function sectionEntries(section: Section, group: string): RawEntry[] {
  return [
    ...section.items.flatMap((item) => itemEntries(item, group)),
    ...section.tables.flatMap((table) => tableEntries(table, group)),
  ];
}

function collect(section: Section, outerGroup: string): RawEntry[] {
  const name = section.name;
  if (isFiguresSection(name)) return [];
  if (isPhaseLabel(name)) {
    // Report-level 风险 or 下周计划 lists repeat or comment the work above.
    if (isRiskLabel(name) || (outerGroup === "" && isPlanLabel(name))) return [];
    const group = outerGroup || name;
    return [...sectionEntries(section, group), ...section.children.flatMap((child) => collect(child, group))];
  }
  if (isProject(section)) return [projectEntry(section, outerGroup)];
  return [...sectionEntries(section, name), ...section.children.flatMap((child) => collect(child, name))];
}

/** Every initiative the outline holds, in document order, with its group. */
export function collectEntries(root: Section): RawEntry[] {
  return [...sectionEntries(root, ""), ...root.children.flatMap((child) => collect(child, ""))];
}
