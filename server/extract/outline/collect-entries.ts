import { isSameISOWeek } from "date-fns";
import type { ItemNode, Section } from "./build-outline";
import { dayEntries, nameSharedSteps } from "./day-entries";
import { headingDate } from "./day-heading";
import { NAMES_A_DAY, readableText } from "./readable-text";
import { headingName, ownerMark } from "./initiative-name";
import { colonlessName, isDatedStep, splitName } from "./item-name";
import { isLinkOnly } from "./link-only";
import { isEventLabel, isStepLabel } from "./event-label";
import { withoutListNumber } from "./list-number-label";
import { isPersonRoll, looksLikePeople } from "./person-heading";
import { sourceOf, type EntryLine, type RawEntry } from "./raw-entry";
import { facetOf, isGenericName, isSkippedSection, OWNER_LINE, WORK_FACT, withoutSymbols, type FacetKind } from "./section-kinds";
import { isMilestoneTable, isWorkTable, tableEntries, tableLines } from "./table-entries";

type Tense = EntryLine["tense"];

/** Where an outline node sits: its group, the person it is about, the tense its facet gives. */
interface Scope {
  group: string;
  owner: string | null;
  tense: Tense;
  /** inside a plan list at report level: undated items there repeat the work above */
  planOnly: boolean;
  /** the report's date, which dates a day heading that names only its weekday */
  reportDate: Date | null;
}

const TENSE_OF: Record<FacetKind, Tense> = { past: "past", future: "future", status: null, risk: null, context: null };
// Items that are only a state (`未解决`, `done`), a link or an image say nothing of their own.
const STATE_ONLY =
  /^(?:已|未|待)?(?:解决|完成|上线|处理|修复|开始|确认)$|^(?:进行中|开发中|测试中|暂无|无|done|todo|doing|wip|n\/a|na|-+)$/i;

/** The label an item opens with (`完成情况`, `进度：…`, a title alone), and its content. */
function labelOf(item: ItemNode): { label: string; content: string } {
  const named = splitName(item.text);
  if (named) return { label: named.name, content: named.content };
  return { label: item.text, content: "" };
}

// Every step asks the same items what they are: each is answered once.
const itemFacets = new WeakMap<ItemNode, FacetKind | null>();

// `目标：12月20日上线；当前：联调中`: a goal that opens with a day is the plan's date, not background
const TARGET_LABEL = /^(?:目标|项目目标)$/;
const OPENS_WITH_DAY = /^(?:\d{4}\s*[-./年]\s*)?\d{1,2}\s*[-./月]\s*\d{1,2}/;

function facetOfItem(item: ItemNode): FacetKind | null {
  if (item.profileFacet !== undefined) return item.profileFacet;
  let facet = itemFacets.get(item);
  if (facet === undefined) {
    const { label, content } = labelOf(item);
    facet = facetOf(label);
    if (facet === "context" && TARGET_LABEL.test(label) && OPENS_WITH_DAY.test(content)) facet = "future";
    itemFacets.set(item, facet);
  }
  return facet;
}

/** The facet a heading names; a layout profile may say so where its words do not. */
function headingFacet(section: Section): FacetKind | null {
  return section.profileFacet ?? facetOf(section.name);
}

function isNoise(text: string): boolean {
  // readableText drops the bold marks
  const plain = readableText(text).replace(/`/g, "").trim();
  return plain === "" || STATE_ONLY.test(plain) || isLinkOnly(text.trim());
}

function line(item: ItemNode, text: string, isSubItem: boolean, tense: Tense, subName: string | null = null): EntryLine {
  return { source: sourceOf(item.line, item.raw), text: readableText(text), subName, isSubItem, defaultEvent: null, tense };
}

/**
 * The words of a facet line: a state label stays (`进度：65%` is progress, `65%`
 * alone is not); a phase label goes (`本周完成：` is no date of 本周).
 */
function facetText(item: ItemNode, facet: FacetKind): string {
  // A label the profile names a facet is the writer's own word for a part: its content is the line.
  return facet === "status" && item.profileFacet === undefined ? item.text : labelOf(item).content;
}

/**
 * An item's lines with everything below it: a facet passes its tense on (and
 * its line is its content), a context facet is left out, a `名称：内容` sub-item
 * gives its name as the line's subject.
 */
function itemLines(item: ItemNode, tense: Tense, isSubItem: boolean): EntryLine[] {
  const facet = facetOfItem(item);
  if (facet === "context") return [];
  const itemTense = facet !== null ? (TENSE_OF[facet] ?? tense) : tense;
  const split = isSubItem && facet === null ? splitName(item.text) : null;
  const named = split && !isEventLabel(split) ? split : null;
  const own =
    facet !== null
      ? labelOf(item).content !== ""
        ? [line(item, facetText(item, facet), isSubItem, itemTense)]
        : []
      : [line(item, named ? named.content : item.text, isSubItem, tense, named ? named.name : null)];
  return [...own, ...subLines(item, itemTense), ...item.tables.flatMap((t) => tableLines(t, itemTense))];
}

function subLines(item: ItemNode, tense: Tense): EntryLine[] {
  return item.children.flatMap((child) => itemLines(child, tense, true));
}

function ownerOf(lines: readonly EntryLine[], fallback: string | null): string | null {
  for (const l of lines) {
    const owner = OWNER_LINE.exec(l.source.text.replace(/\*\*|__/g, "").replace(/^[-*+>\d.、\s]+/, ""))?.[1];
    if (owner) return owner;
  }
  return fallback;
}

function entry(scope: Scope, initiative: string, source: EntryLine, lines: EntryLine[], owner: string | null): RawEntry {
  return {
    group: scope.group,
    initiative,
    source: source.source,
    lines,
    statusText: source.text,
    tableProgress: null,
    tableStatus: null,
    promoted: false,
    owner: ownerOf(lines, owner ?? scope.owner),
  };
}

/**
 * An item whose sub-items are titles with details of their own
 * (`1. RISC-V SIG 2024年度重点工作规划` over `- 代码提交，合入主线：` + a paragraph)
 * is a group of initiatives, not one.
 */
function isTitledChild(child: ItemNode): boolean {
  if (facetOfItem(child) !== null) return false;
  return child.number?.includes(".") === true || (child.children.length > 0 && labelOf(child).label.length <= 40);
}

function looksLikeGroupItem(item: ItemNode): boolean {
  if (splitName(item.text)?.content) return false;
  const work = item.children.filter((c) => facetOfItem(c) === null && !isNoise(c.text));
  const titled = work.filter(isTitledChild);
  return titled.length >= 2 && titled.length * 2 >= work.length;
}

/** What an item over a list says alone (`张三：`, `【张三】`, `**张三**`), else null: a label of what is below it. */
function listLabel(item: ItemNode): string | null {
  if (item.children.length === 0) return null;
  const named = splitName(item.text);
  return named?.content ? null : headingName(named ? named.name : item.text).name;
}

/** The initiatives a list holds, in document order. */
function listEntries(items: readonly ItemNode[], scope: Scope): RawEntry[] {
  // One list plays one role: when most of its items group initiatives, they all do.
  const groups = items.filter(looksLikeGroupItem).length;
  const asGroups = groups > 0 && groups * 2 >= items.filter((i) => i.children.length > 0).length;
  // A team's roll written as labels over lists (`张三：` / `1. 支付系统：…`, `李四：` / …): each list is that person's.
  const labels = items.map(listLabel);
  const roll = isPersonRoll(labels.filter((l) => l !== null));
  return items.flatMap((item, i) => {
    const person = roll && item.profileGroup === undefined ? labels[i] : null;
    if (person && looksLikePeople(person)) return listEntries(item.children, { ...scope, group: person, owner: person });
    return itemEntries(item, scope, item.profileGroup ?? (asGroups && item.children.length > 0 && !splitName(item.text)?.content));
  });
}

// `整体进度正常，…`, `总体进展顺利`, `目前各项目按计划推进`: a remark on the whole week, no work of its own;
// one that gives a day (`目前计划12/20上线`) still tells of a work.
const OVERALL_REMARK = /^(?:(?:整体|总体)(?:进度|进展|情况|来看|而言|上)|目前|当前|总的来说)/;
const REMARK_DAY = new RegExp(`${NAMES_A_DAY.source}|[上中下]旬`);
const isOverallRemark = (text: string) => OVERALL_REMARK.test(text) && !REMARK_DAY.test(text);

function itemEntries(item: ItemNode, scope: Scope, asGroup: boolean): RawEntry[] {
  if (isNoise(item.text)) return [];
  const facet = facetOfItem(item);
  const named = splitName(item.text);
  if (!named && item.children.length === 0 && isOverallRemark(withoutSymbols(readableText(item.text).trim()))) return [];
  if (facet !== null) {
    // A phase label at list level (`- 本周完成：`) holds the initiatives below it.
    if (facet === "context" || facet === "risk" || item.children.length === 0) return [];
    return listEntries(item.children, { ...scope, tense: TENSE_OF[facet] });
  }
  // A list depth of the layout profile (`l2`) names this item one piece of work: what is below it is its lines.
  const project = item.profileProject === true;
  if (!project && named && isGenericName(named.name) && item.children.length > 0) {
    const own = named.content !== "" ? [initiativeEntry(item, named.name, named.content, scope, false)] : [];
    return [...own, ...item.children.flatMap((child) => itemEntries(child, scope, false)).map((e) => ({ ...e, promoted: true }))];
  }
  if (asGroup && !project) {
    // `长沙佣金存管：联调完成` grouping the work below it (a profile says so) is named by its label.
    const { name, owner } = headingName(named?.content ? named.name : item.text);
    const inner: Scope = { ...scope, group: name || scope.group, owner: owner ?? scope.owner };
    return [
      ...listEntries(item.children, inner),
      ...item.tables.filter(isWorkTable).flatMap((t) => tableEntries(t, inner.group, inner.tense)),
    ];
  }
  // `支付网关（张三）：…` names its owner with the work; in a colon-less line a bracket may be anything
  const heading = named ? headingName(named.name) : null;
  const name = heading ? heading.name : colonlessName(headingName(item.text).name);
  if (name === "") return [];
  // A plan list at report level mostly repeats the work above: what it adds must say something datable.
  const text = named && !isEventLabel(named) ? named.content : withoutListNumber(item.text);
  return [{ ...initiativeEntry(item, name, text, scope, true, heading?.owner), promoted: scope.planOnly }];
}

/** An item's initiative: its own line, and (unless it is a bucket) its sub-items and the tables written inside it. */
function initiativeEntry(item: ItemNode, name: string, text: string, scope: Scope, withSubItems: boolean, owner?: string | null): RawEntry {
  const own = line(item, text, false, scope.tense);
  const lines = withSubItems ? [own, ...subLines(item, scope.tense), ...item.tables.flatMap((t) => tableLines(t, scope.tense))] : [own];
  return entry(scope, name, own, lines, ownerMark(item.text) ?? owner ?? null);
}

// ---- headings ------------------------------------------------------------------

type Role = "skip" | "project" | "group";

// `### SG2044 适配 [进展预估 70%]`: a heading that states its own progress is a piece of work.
const PROGRESS_NOTE = /[(（[【][^()（）[\]【】]{0,40}\d{1,3}\s*[%％][^()（）[\]【】]{0,40}[)）\]】]/;

/** The role of each heading, the headings with a piece of work somewhere below them, the day of each day heading. */
interface Roles {
  of: Map<Section, Role>;
  holdsProjects: Set<Section>;
  days: Map<Section, Date>;
  /** the works the report's tables list, one per row (an overview table: `| 项目 | 状态 | 进度 |`) */
  tableWorks: Set<string>;
}

function directFacetItems(section: Section): ItemNode[] {
  return section.items.filter((item) => facetOfItem(item) !== null);
}

/** The facets a heading has, as sub-headings or as items, when they make it a piece of work; else null. */
function facetsOf(section: Section, roles: Roles): FacetKind[] | null {
  const facetHeads = section.children.filter(
    (c) => headingFacet(c) !== null && roles.of.get(c) !== "project" && !roles.holdsProjects.has(c),
  );
  const facetItems = directFacetItems(section);
  if (facetHeads.length === 0 && facetItems.length === 0) return null;
  const enough = facetHeads.length > 0 || facetItems.length >= 2 || facetItems.length * 2 >= section.items.length;
  return enough ? [...facetHeads.map((c) => headingFacet(c)!), ...facetItems.map((i) => facetOfItem(i)!)] : null;
}

// Sentences about one piece of work, not names of work: `1.本周完成了数据库迁移方案评审，…。`,
// and its state told without a name: `进度 30%，12/20 上线`, `30%`.
const NARRATIVE_START = new RegExp(
  [
    "^(?:本周|上周|下周|目前|当前|截至|截止",
    "|已经?|完成了?|正在|计划|预计|继续|持续",
    "|推进|配合|协助|参与|开展|组织|召开|进行|根据|针对",
    String.raw`|进度|完成度|\d{1,3}(?:\.\d+)?\s*[%％])`,
  ].join(""),
);

/** A sentence about the work above it, or a dated step of it (`12/20 上线`), rather than the name of a work of its own. */
function isNarrative(item: ItemNode): boolean {
  // a status mark before it (`✅ 已完成…`, `📅 12/20 上线`, as 飞书 and Notion pastes have) says how it went
  const text = withoutSymbols(item.text.trim());
  const named = splitName(text);
  return named === null ? NARRATIVE_START.test(text) || isDatedStep(text) : isStepLabel(named);
}

// A person or a small team: `### 张三`, `### 赵六（实习）`, `### 前端组`.
const PERSON_LIKE = /^[\u4e00-\u9fa5]{2,3}$/;

/** A person, a small team, or people who wrote a part together (`### 张三、李四`). */
function isPersonLike(name: string): boolean {
  return PERSON_LIKE.test(name) || looksLikePeople(name);
}

// Asked of every heading below a parent: answered once per parent.
const facetHeadings = new WeakMap<Section, boolean>();

function hasFacetHeadings(section: Section | null): boolean {
  if (!section) return false;
  let has = facetHeadings.get(section);
  if (has === undefined) facetHeadings.set(section, (has = section.children.some((c) => headingFacet(c) !== null)));
  return has;
}

/** A person's or a small team's part of the report split only by week: `### 张三` / `本周：` / `下周：`. */
function isPersonsWeek(section: Section, facets: FacetKind[] | null): boolean {
  return facets !== null && isPersonLike(headingName(section.name).name) && facets.every((f) => f === "past" || f === "future");
}

/**
 * A person's part among a team's (`## 陈威` / `- …` beside `## 肖络元` / `- …`): the items are theirs,
 * and so are the pieces of work written as headings below it (`## 张三` / `### 支付系统` / `### 账户系统`).
 */
function isPersonsList(section: Section): boolean {
  if (!hasWork(section) || !looksLikePeople(headingName(section.name).name)) return false;
  const beside = section.parent?.children.filter((c) => !c.period && headingFacet(c) === null && !isSkippedSection(c.name)) ?? [];
  return isPersonRoll(beside.map((c) => headingName(c.name).name));
}

/**
 * A heading is one piece of work when its parts are facets (背景 / 完成情况 / 计划),
 * when it states its progress, or when its items are sentences about it. A
 * person's or team's section split only by week (本周 / 下周) lists their work instead.
 */
function isProjectHeading(section: Section, roles: Roles): boolean {
  if (section.period) return false;
  if (PROGRESS_NOTE.test(section.name)) return true;
  if (isGenericName(section.name)) return false;
  if (section.tables.some(isMilestoneTable)) return true;
  // `### 反欺诈模型V3` after an overview table that lists it: the details of that work, its bullets its news
  if (roles.tableWorks.has(headingName(section.name).name) && section.children.length === 0 && hasWork(section)) return true;
  const personLike = isPersonLike(headingName(section.name).name);
  const facets = facetsOf(section, roles);
  // A note or a risk beside a table of works (`备注：…`, `风险：无` under the table) is the group's, not a work's part.
  if (facets?.every((f) => f === "context" || f === "risk") && section.tables.some(isWorkTable)) return false;
  if (facets) return !isPersonsWeek(section, facets);
  // Prose alone under a heading that says when or how far (`本周完成联调，进度80%，预计12/5上线。`) tells of that
  // work, unless the heading is a part of a work above it, beside its facets (`### 实验设计` beside `### 进度`).
  if (section.items.length === 0 && section.tables.length === 0 && section.children.length === 0) {
    return !personLike && section.paragraphs.some((p) => WORK_FACT.test(readableText(p.text))) && !hasFacetHeadings(section.parent);
  }
  const work = section.items.filter((i) => facetOfItem(i) === null);
  // A task list (`- [ ] …`) or sentences about it (`1.本周完成了…`) under a heading are that work's.
  const told = work.filter((i) => i.checkbox === true || isNarrative(i)).length;
  return !personLike && work.length > 0 && told * 2 >= work.length;
}

function hasWork(section: Section): boolean {
  return section.items.length > 0 || section.tables.length > 0 || section.children.some((c) => !c.period && hasWork(c));
}

/**
 * A facet heading at the level of the work above it (`#### 收益` right after
 * `#### KG-旅游-省卡片`, whose `- 项目背景` shows it is a piece of work) continues that work.
 * Not when that work writes its facets as headings one level down (`## 违章` / `### 完成情况`):
 * a `## 下周安排` there is the report's own plan, beside the projects, not a part of the last one.
 */
function adoptStrayFacets(section: Section): void {
  const kept: Section[] = [];
  for (const child of section.children) {
    const previous = kept[kept.length - 1];
    const stray = previous !== undefined && headingFacet(child) !== null && child.children.length === 0 && headingFacet(previous) === null;
    if (stray && directFacetItems(previous).length > 0 && !previous.children.some((c) => headingFacet(c) !== null)) {
      child.parent = previous;
      previous.children.push(child);
    } else kept.push(child);
  }
  section.children = kept;
  for (const child of kept) adoptStrayFacets(child);
}

/**
 * A one-line context label (`背景：用户在检索…` as a paragraph) takes the bullets
 * after it as its sub-items, by the label rule of the outline. When those are the
 * work's own parts (`- 完成情况`, `- 本周进展`, `- 计划`) they are no background:
 * they move back beside it, with everything after the first of them.
 */
function liftPartsOutOfContext(items: ItemNode[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const first = facetOfItem(item) === "context" ? item.children.findIndex((c) => facetOfItem(c) !== null) : -1;
    if (first >= 0) items.splice(i + 1, 0, ...item.children.splice(first));
    liftPartsOutOfContext(item.children);
  }
}

function liftSectionParts(section: Section): void {
  liftPartsOutOfContext(section.items);
  for (const child of section.children) liftSectionParts(child);
}

/** Decides, from the leaves up, which headings are pieces of work and which group them. */
function assignRoles(section: Section, roles: Roles): void {
  for (const child of section.children) assignRoles(child, roles);
  const holds =
    section.profileListWork === true || section.children.some((c) => roles.of.get(c) === "project" || roles.holdsProjects.has(c));
  if (holds) roles.holdsProjects.add(section);
  if (section.parent === null) {
    roles.of.set(section, "group");
  } else if (section.profileRole !== undefined) {
    roles.of.set(section, section.profileRole);
  } else if (isSkippedSection(section.name)) {
    roles.of.set(section, "skip");
  } else if (holds || headingFacet(section) !== null) {
    roles.of.set(section, "group");
  } else {
    roles.of.set(section, isProjectHeading(section, roles) ? "project" : "group");
  }
  // Headings beside pieces of work are pieces of work too, even when they say little (`### 富交互MIP方案(hold)`).
  const siblings = section.children.filter((c) => roles.of.get(c) !== "skip" && headingFacet(c) === null && !c.period);
  const projects = siblings.filter((c) => roles.of.get(c) === "project").length;
  // A heading of prose alone beside them (`（二）网点智能化改造` over one paragraph) is one too, and so is one
  // whose bullets are all statements about it.
  for (const c of siblings) {
    const alike = projects * 2 >= siblings.length || c.paragraphs.length > 0;
    const told = (alike && !hasWork(c)) || isToldWork(c);
    if (projects > 0 && told && roles.of.get(c) === "group" && c.profileRole === undefined) roles.of.set(c, "project");
  }
}

// `在调试间重新安装…`, `由于…`, `对…`: a line opening with a preposition is a sentence, never a name.
const PREPOSITION_START = /^(?:在|将|把|对|由于|因为|为了|通过|经过|随着)/;

/**
 * A bullet that is a statement, `天气炎热，已将 4 台机器搬迁至调试机房。`: a full stop ends it, or a preposition
 * opens it. One that gives its own day (`12月10日举办了第一次双周同步会。`) is news of an event of its own.
 */
function isStatement(item: ItemNode): boolean {
  const text = readableText(item.text).trim();
  if (facetOfItem(item) !== null || splitName(text) !== null || WORK_FACT.test(text)) return false;
  return text.endsWith("。") || PREPOSITION_START.test(text);
}

/**
 * `### deepin-ports 维护` over `- 天气炎热，已将 4 台 SG2042 机器搬迁…。` / `- 在调试间重新安装和配置 SG2044 机器。`,
 * beside headings that are pieces of work: bullets that are all statements tell of the heading's work, they name none.
 */
function isToldWork(section: Section): boolean {
  if (isGenericName(section.name) || looksLikePeople(headingName(section.name).name)) return false;
  if (section.children.length > 0 || section.tables.length > 0 || section.items.length === 0) return false;
  return section.items.every(isStatement);
}

function headingLine(section: Section, notes: string): EntryLine {
  return { source: sourceOf(section.line, section.raw), text: notes, subName: null, isSubItem: false, defaultEvent: null, tense: null };
}

/**
 * Every line a piece of work's heading holds: its prose, its facets' lines with
 * their tense. Of a context part (背景, 收益) only the facets written inside it are read.
 */
function projectLines(section: Section, tense: Tense, context = false): EntryLine[] {
  const prose = context ? [] : section.paragraphs.map((p) => line(p, p.text, false, tense));
  const items = section.items.filter((item) => !context || facetOfItem(item) !== null).flatMap((item) => itemLines(item, tense, false));
  const tables = context ? [] : section.tables.filter((t) => !isWorkTable(t)).flatMap((t) => tableLines(t, tense));
  const children = section.children.flatMap((child) => {
    const facet = headingFacet(child);
    return projectLines(child, facet !== null ? (TENSE_OF[facet] ?? tense) : tense, context || facet === "context");
  });
  return [...prose, ...items, ...tables, ...children];
}

/** Work tables anywhere below a piece of work still list their own initiatives, one per row. */
function projectTables(section: Section, scope: Scope): RawEntry[] {
  return [
    ...section.tables.filter(isWorkTable).flatMap((t) => tableEntries(t, scope.group, scope.tense)),
    ...section.children.filter((c) => headingFacet(c) !== "context").flatMap((c) => projectTables(c, scope)),
  ];
}

function projectEntries(section: Section, scope: Scope): RawEntry[] {
  const { name, notes, owner } = headingName(section.name);
  if (name === "") return [];
  const head = headingLine(section, notes);
  const lines = [head, ...projectLines(section, scope.tense)];
  // Its state may be said anywhere in it: `(hold)` on the heading, `状态：暂停` under it.
  const found: RawEntry = { ...entry(scope, name, head, lines, owner), statusText: [notes, ...lines.map((l) => l.text)].join("；") };
  return [found, ...projectTables(section, scope)];
}

/**
 * In a log of dated parts (`08-01 – 08-05` … `10-24 - 10-28`) only the last part is this week's;
 * of a week written day by day (`周一（12月2日）` … `周五（12月6日）`), every day of the last one's week.
 */
function currentParts(children: readonly Section[], days: ReadonlyMap<Section, Date>): Section[] {
  const periods = children.filter((c) => c.period);
  if (periods.length < 2) return [...children];
  const last = periods[periods.length - 1]!;
  const lastDay = days.get(last);
  const sameWeek = (c: Section) => {
    const day = days.get(c);
    return lastDay !== undefined && day !== undefined && isSameISOWeek(day, lastDay);
  };
  return children.filter((c) => !c.period || c === last || sameWeek(c));
}

const DONE_ANSWER = /^(?:已|已经)(?:解决|完成|上线|处理|修复|关闭)$|^(?:完成|done|fixed|closed)$/i;

function numbered(section: Section): ItemNode[] {
  return section.items.filter((item) => item.number !== null);
}

/**
 * A dated part that only answers the part before it, item by item
 * (`2017/1/6` / `1. 未解决` `2. 已解决` … under `2017/1/5`'s numbered issues):
 * the earlier items are the work, each done on the later date when its answer says so.
 */
function answeredParts(children: readonly Section[]): { work: Section; answers: ItemNode[]; date: string } | null {
  const periods = children.filter((c) => c.period);
  const last = periods[periods.length - 1];
  const previous = periods[periods.length - 2];
  if (!last || !previous) return null;
  const answers = numbered(last);
  const asked = numbered(previous);
  if (answers.length < 2 || answers.length !== asked.length || !answers.every((a) => STATE_ONLY.test(a.text.trim()))) return null;
  return { work: previous, answers, date: last.name };
}

function answeredEntries(parent: Section, scope: Scope, roles: Roles): RawEntry[] | null {
  const answered = answeredParts(parent.children);
  if (!answered) return null;
  const asked = numbered(answered.work);
  const entries = sectionEntries(answered.work, scope, roles);
  return entries.map((e) => {
    const index = asked.findIndex((item) => item.line === e.source.line);
    const answer = index >= 0 ? answered.answers[index]! : null;
    if (!answer || !DONE_ANSWER.test(answer.text.trim())) return e;
    return { ...e, lines: [...e.lines, line(answer, `${answered.date} ${answer.text.trim()}`, false, "past")] };
  });
}

/**
 * A report-level plan written as plain lines (`## todo` / `下周开始继续开发股票行情卡，暂定周三提测`)
 * lists its work line by line, as its bullets would; each is kept when it says something datable.
 */
function planLines(section: Section, scope: Scope): ItemNode[] {
  if (!scope.planOnly || headingFacet(section) !== "future" || section.paragraphs.length === 0) return section.items;
  return [...section.paragraphs, ...section.items].sort((a, b) => a.line - b.line);
}

function sectionEntries(section: Section, scope: Scope, roles: Roles): RawEntry[] {
  const role = roles.of.get(section);
  if (role === "skip") return [];
  if (role === "project") return projectEntries(section, scope);
  const facet = section.parent === null ? null : headingFacet(section);
  let inner = scope;
  if (facet === "context" || facet === "risk") return [];
  if (facet !== null) {
    // A phase heading (本周进展, 下周计划) groups what it holds; at report level a plan repeats the work above.
    inner = {
      ...scope,
      group: scope.group || headingName(section.name).name,
      tense: TENSE_OF[facet],
      planOnly: facet === "future" && scope.group === "",
    };
  } else if (section.parent !== null && !section.period) {
    const { name, owner } = headingName(section.name);
    const persons = isPersonsWeek(section, facetsOf(section, roles)) || isPersonsList(section);
    // `## 张明（博三）`, `### 赵六（实习）`: a person's part is theirs; the note is their year or role, no owner
    const person = persons && looksLikePeople(name) ? name : null;
    // `负责人：张三` under a heading that groups work names the owner of what it groups;
    // so does the heading of a person's part split by week (`## 张三` / 本周： / 下周：).
    inner = {
      ...scope,
      group: name || scope.group,
      owner:
        person ??
        owner ??
        (persons ? name : null) ??
        ownerOf(
          section.paragraphs.map((p) => line(p, p.text, false, null)),
          scope.owner,
        ),
    };
  }
  const found = [
    ...listEntries(planLines(section, inner), inner),
    ...section.tables.filter(isWorkTable).flatMap((t) => tableEntries(t, inner.group, inner.tense)),
    ...(answeredEntries(section, inner, roles) ??
      currentParts(section.children, roles.days).flatMap((child) => sectionEntries(child, inner, roles))),
  ];
  const day = roles.days.get(section);
  if (day && scope.reportDate) return dayEntries(found, day, scope.reportDate);
  // A 其他 heading holds odds and ends: each is kept only when it says something datable.
  return isGenericName(section.name) ? found.map((e) => ({ ...e, promoted: true })) : found;
}

/**
 * A report that is one project's milestone table (`# 智慧园区平台项目周报` over `| 里程碑 | 计划完成时间 | … |`,
 * no heading between): the table's milestones are the work the title names.
 */
function reportTableEntries(root: Section, scope: Scope, reportName: string): RawEntry[] {
  if (reportName === "") return [];
  return root.tables
    .filter((t) => isMilestoneTable(t) && !isWorkTable(t))
    .flatMap((t) => {
      const first = t.headerRow ?? t.rows[0];
      if (!first) return [];
      const head: EntryLine = {
        source: sourceOf(first.line, first.raw),
        text: "",
        subName: null,
        isSubItem: false,
        defaultEvent: null,
        tense: null,
      };
      return [entry(scope, reportName, head, tableLines(t, scope.tense), null)];
    });
}

/** The calendar day of every day heading (`周三（12月4日）`, `## 星期三`) of the outline; under a plan, of the plan's week. */
function headingDays(root: Section, reportDate: Date): Map<Section, Date> {
  const days = new Map<Section, Date>();
  const visit = (section: Section, planned: boolean) => {
    const day = section.day ? headingDate(section.day, reportDate, planned) : null;
    if (day) days.set(section, day);
    for (const child of section.children) visit(child, planned || headingFacet(child) === "future");
  };
  visit(root, false);
  return days;
}

/** The name of every row of every work table of the outline. */
function tableWorks(root: Section): Set<string> {
  const names = new Set<string>();
  const visit = (section: Section) => {
    for (const table of section.tables) if (isWorkTable(table)) for (const e of tableEntries(table, "")) names.add(e.initiative);
    section.children.forEach(visit);
  };
  visit(root);
  return names;
}

/**
 * Every initiative the outline holds, in document order, with its group. `reportName`: what the
 * report's title names (its department or project), for a milestone table with no heading above it.
 */
export function collectEntries(root: Section, reportName = "", reportDate: Date | null = null): RawEntry[] {
  const roles: Roles = {
    of: new Map(),
    holdsProjects: new Set(),
    days: reportDate ? headingDays(root, reportDate) : new Map(),
    tableWorks: tableWorks(root),
  };
  liftSectionParts(root);
  adoptStrayFacets(root);
  assignRoles(root, roles);
  const scope: Scope = { group: "", owner: null, tense: null, planOnly: false, reportDate };
  return nameSharedSteps([...sectionEntries(root, scope, roles), ...reportTableEntries(root, scope, reportName)]);
}
