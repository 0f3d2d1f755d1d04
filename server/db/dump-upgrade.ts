// A version-1 dump comes from before departments were rows (issue #12): each
// report, initiative and alias named its department, and a group was shared by
// all of them. This does to such a dump what the migration
// prisma/migrations/20261203000000_departments does to a database, so restoring
// an old dump gives what migrating the old database would have.
import { DEFAULT_DEPARTMENT } from "../../lib/domain/default-department";
import type { Dump, DumpRow, DumpV1 } from "./dump-format";

export function upgradeDumpV1(dump: DumpV1): Dump {
  const { Report, Group, Initiative, InitiativeAlias, ...unchanged } = dump.tables;
  // '' (or, as the old column's default, no value) became 默认部门
  const nameOf = (row: DumpRow) => (row.department ? String(row.department) : DEFAULT_DEPARTMENT);
  // numbered in name order (by code point, as SQLite's ORDER BY sorts them)
  const names = [...new Set([...Report, ...Initiative].map(nameOf))].toSorted();
  // a group nobody uses still needs a department
  if (names.length === 0 && Group.length > 0) names.push(DEFAULT_DEPARTMENT);
  const departmentIds = new Map(names.map((name, i) => [name, i + 1]));
  const departmentOf = (row: DumpRow) => departmentIds.get(nameOf(row))!;

  // A group keeps its id in the lowest department using it (the first, when unused);
  // each other department gets a copy, numbered after the largest id.
  const usedBy = new Map<number, Set<number>>();
  for (const i of Initiative) usedBy.set(i.groupId as number, (usedBy.get(i.groupId as number) ?? new Set()).add(departmentOf(i)));
  const groups: DumpRow[] = [];
  const copies: DumpRow[] = [];
  const groupIn = new Map<string, number>();
  let nextId = Group.reduce((max, g) => Math.max(max, g.id as number), 0) + 1;
  for (const group of Group.toSorted((a, b) => (a.id as number) - (b.id as number))) {
    const [first = 1, ...others] = [...(usedBy.get(group.id as number) ?? [])].toSorted((a, b) => a - b);
    groups.push({ ...group, departmentId: first });
    groupIn.set(`${group.id}/${first}`, group.id as number);
    for (const departmentId of others) {
      copies.push({ ...group, id: nextId, departmentId });
      groupIn.set(`${group.id}/${departmentId}`, nextId++);
    }
  }

  const initiativeDepartment = new Map(Initiative.map((i) => [i.id, departmentOf(i)]));
  return {
    format: dump.format,
    version: 2,
    exportedAt: dump.exportedAt,
    tables: {
      ...unchanged,
      Department: names.map((name, i) => ({ id: i + 1, name, createdAt: dump.exportedAt })),
      Membership: [],
      LayoutProfileRule: [],
      Group: [...groups, ...copies],
      Report: Report.map((r) => moved(r, departmentOf(r))),
      Initiative: Initiative.map((i) => {
        const departmentId = departmentOf(i);
        return { ...moved(i, departmentId), groupId: groupIn.get(`${i.groupId}/${departmentId}`) ?? i.groupId };
      }),
      // an alias belongs to its initiative's department
      InitiativeAlias: InitiativeAlias.map((a) => moved(a, initiativeDepartment.get(a.initiativeId) ?? null)),
    },
  };
}

/** The row with its department's id in place of its name. */
const moved = ({ department: _, ...row }: DumpRow, departmentId: number | null): DumpRow => ({ ...row, departmentId });
