import { buildOutline, type ItemNode, type Section } from "../outline/build-outline";

/** Where a list item sits, for "projects are at this level": its depth, and whether list items sit below it. */
export interface ListItemDepth {
  /** 1 for the outermost list under a heading */
  depth: number;
  /** list items one depth down are below it */
  deeper: boolean;
}

/** List items one depth below: through lines without a marker, which add no depth. */
function holdsListItem(item: ItemNode): boolean {
  return item.children.some((child) => child.listItem === true || holdsListItem(child));
}

function walkItems(items: readonly ItemNode[], depth: number, found: Map<number, ListItemDepth>): void {
  for (const item of items) {
    const own = item.listItem === true ? depth + 1 : depth;
    if (item.listItem === true) found.set(item.line, { depth: own, deeper: holdsListItem(item) });
    walkItems(item.children, own, found);
  }
}

function walkSection(section: Section, found: Map<number, ListItemDepth>): void {
  walkItems(section.items, 0, found);
  for (const child of section.children) walkSection(child, found);
}

/**
 * The list depth of every list item of a report, by line number (1-based), as a
 * list-depth rule (`l2`) counts it (apply-profile-to-outline.ts): a line without
 * a list marker (a label line `名称：…`, a continuation) adds no depth. Pure.
 */
export function listItemDepths(lines: readonly string[]): Map<number, ListItemDepth> {
  const found = new Map<number, ListItemDepth>();
  walkSection(buildOutline(lines), found);
  return found;
}
