import { ruleKey, type FiredRule, type ProfileRule } from "../../../lib/layout-profile/layout-profile";
import type { ItemNode, Section } from "../outline/build-outline";
import { headingName } from "../outline/initiative-name";
import { colonlessName, splitName } from "../outline/item-name";
import { bareLabel, facetOf, isSkippedSection } from "../outline/section-kinds";
import type { CompiledProfile } from "./compiled-profile";

type Fire = (rule: ProfileRule, line: number) => void;

/** The keys an item may be named by: its initiative name as the extractor gives it, and its bare label. */
function itemKeys(item: ItemNode): string[] {
  const named = splitName(item.text);
  const name = named ? headingName(named.name).name : colonlessName(headingName(item.text).name);
  return [...new Set([name, named ? bareLabel(named.name) : bareLabel(item.text)].map(ruleKey).filter((k) => k !== ""))];
}

function headingKeys(section: Section): string[] {
  return [...new Set([headingName(section.name).name, bareLabel(section.name)].map(ruleKey).filter((k) => k !== ""))];
}

function roleRule(keys: readonly string[], profile: CompiledProfile): ProfileRule | undefined {
  for (const key of keys) {
    const rule = profile.roles.get(key);
    if (rule) return rule;
  }
  return undefined;
}

/**
 * Marks the items of one list (and, first, the lists below them). A facet at
 * the list's own level is a part of the item above it, so it moves under that item.
 */
function markItems(items: ItemNode[], profile: CompiledProfile, fire: Fire, adopt: boolean): ItemNode[] {
  for (const item of items) item.children = markItems(item.children, profile, fire, false);
  const kept: ItemNode[] = [];
  for (const item of items) {
    const rule = roleRule(itemKeys(item), profile);
    if (rule) fire(rule, item.line);
    if (rule?.kind === "ignore" || rule?.kind === "skipSection") item.profileFacet = "context";
    else if (rule?.kind === "section") item.profileGroup = true;
    else if (rule?.kind === "facet") {
      item.profileFacet = "status";
      const previous = kept[kept.length - 1];
      if (adopt && previous && previous.profileFacet === undefined) {
        previous.children.push(item);
        continue;
      }
    }
    kept.push(item);
  }
  return kept;
}

function markHeading(section: Section, profile: CompiledProfile, fire: Fire): void {
  const rule = roleRule(headingKeys(section), profile);
  if (rule) {
    fire(rule, section.line);
    if (rule.kind === "ignore" || rule.kind === "skipSection") section.profileRole = "skip";
    else if (rule.kind === "section") section.profileRole = "group";
    else section.profileFacet = "status";
    return;
  }
  const level = profile.projectLevels.get(section.level);
  // Only Markdown headings have a level the writer chose; facets and figures keep their role.
  if (level && section.raw.startsWith("#") && !section.period && facetOf(section.name) === null && !isSkippedSection(section.name)) {
    fire(level, section.line);
    section.profileRole = "project";
  }
}

function itemFacet(item: ItemNode): ItemNode["profileFacet"] {
  return item.profileFacet !== undefined ? item.profileFacet : facetOf(splitName(item.text)?.name ?? item.text);
}

/**
 * Marks the list items at the rule's depth as pieces of work (`depth` is the
 * depth of the list items above `items`; a line without a marker adds none).
 * A line without a marker after such an item is a part of it: the lines up to
 * the next item of that depth or less join the item. (A label line such as
 * `回滚预案：…` holds the bullets after it in the outline: those are the next
 * items, so they move out beside it.) Items that hold marked items group them.
 * Says whether any item was marked.
 */
function markListDepth(items: ItemNode[], depth: number, level: NonNullable<CompiledProfile["listDepth"]>, fire: Fire): boolean {
  let marked = false;
  const kept: ItemNode[] = [];
  const queue = [...items];
  for (let index = 0; index < queue.length; index++) {
    const item = queue[index]!;
    const facet = itemFacet(item);
    const previous = kept[kept.length - 1];
    if (item.listItem !== true && previous?.profileProject === true) {
      const next = item.children.findIndex((child) => child.listItem === true);
      if (next >= 0) queue.splice(index + 1, 0, ...item.children.splice(next));
      previous.children.push(item);
      continue;
    }
    kept.push(item);
    if (facet === "context") continue;
    const own = item.listItem === true ? depth + 1 : depth;
    if (item.listItem === true && own === level.depth && facet === null && item.profileGroup !== true) {
      item.profileProject = true;
      fire(level.rule, item.line);
      marked = true;
    } else if (own < level.depth && markListDepth(item.children, own, level, fire)) {
      marked = true;
      // An item above the work groups it; a phase label (`本周完成：`) passes its tense on as before.
      if (facet === null) item.profileGroup = true;
    }
  }
  items.splice(0, items.length, ...kept);
  return marked;
}

/** Heading rules come first: under a heading that is one piece of work, its lists are lines of it. */
function markSection(section: Section, profile: CompiledProfile, fire: Fire, inWork = false): void {
  section.items = markItems(section.items, profile, fire, true);
  const within = inWork || section.profileRole === "project" || section.profileRole === "skip";
  if (profile.listDepth && !within && markListDepth(section.items, 0, profile.listDepth, fire)) section.profileListWork = true;
  const kept: Section[] = [];
  for (const child of section.children) {
    markHeading(child, profile, fire);
    const previous = kept[kept.length - 1];
    // A heading that is a part of the work above it joins the heading before it.
    if (child.profileFacet !== undefined && previous && previous.profileFacet === undefined && previous.profileRole !== "skip") {
      child.parent = previous;
      previous.children.push(child);
    } else kept.push(child);
    markSection(child, profile, fire, within);
  }
  section.children = kept;
}

/**
 * Applies a profile's structural rules to a freshly built outline (it marks the
 * nodes and moves facets under their work) and says which rules fired where.
 */
export function applyProfileToOutline(root: Section, profile: CompiledProfile): FiredRule[] {
  const fired: FiredRule[] = [];
  const fire: Fire = (rule, line) => fired.push({ ruleId: rule.id, kind: rule.kind, match: rule.match, line });
  markSection(root, profile, fire);
  return fired.sort((a, b) => a.line - b.line);
}
