// Reads Prisma-style migration SQL of either provider into one neutral shape
// (tables, columns, indexes, foreign keys), so the SQLite and PostgreSQL
// migration folders can be compared without a server. Statements it does not
// know fail loudly: a new kind of migration step must be taught here first.

export type ColumnKind = "int" | "text" | "float" | "datetime" | "boolean" | "bigint" | "bytes" | "decimal" | "json";

export interface ColumnShape {
  kind: ColumnKind;
  nullable: boolean;
  /** "autoincrement", "now", a literal as written (quotes stripped), or null */
  default: string | null;
}

export interface IndexShape {
  table: string;
  columns: string[];
  unique: boolean;
}

export interface ForeignKeyShape {
  table: string;
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export interface SchemaShape {
  tables: Record<string, { columns: Record<string, ColumnShape>; primaryKey: string[] }>;
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

export const emptyShape = (): SchemaShape => ({ tables: {}, indexes: {}, foreignKeys: {} });

const TYPES: [RegExp, ColumnKind][] = [
  [/^(INTEGER|INT|SERIAL)\b/, "int"],
  [/^(BIGINT|BIGSERIAL)\b/, "bigint"],
  [/^TEXT\b/, "text"],
  [/^(REAL|DOUBLE PRECISION)\b/, "float"],
  [/^(DATETIME|TIMESTAMP\(3\))/, "datetime"],
  [/^BOOLEAN\b/, "boolean"],
  [/^(BLOB|BYTEA)\b/, "bytes"],
  [/^(DECIMAL|DECIMAL\(65,\s*30\))/, "decimal"],
  [/^(JSONB)\b/, "json"],
];

const names = (list: string) => list.split(",").map((s) => s.trim().replace(/^"|"$/g, ""));

function statements(sql: string): string[] {
  const withoutComments = sql.replace(/--[^\n]*/g, "");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseColumn(def: string): [string, ColumnShape] {
  const m = /^"(\w+)"\s+(.*)$/s.exec(def);
  if (!m) throw new Error(`无法解析列定义: ${def}`);
  const [, name, rest] = m as unknown as [string, string, string];
  const type = TYPES.find(([re]) => re.test(rest.toUpperCase()));
  if (!type) throw new Error(`未知列类型: ${def}`);
  const upper = rest.toUpperCase();
  const literal = /DEFAULT\s+('(?:[^']|'')*'|-?[\d.]+|true|false|CURRENT_TIMESTAMP)/i.exec(rest)?.[1];
  const serial = /^(SERIAL|BIGSERIAL)\b/.test(upper) || /AUTOINCREMENT/.test(upper);
  const defaultValue = serial
    ? "autoincrement"
    : literal === undefined
      ? null
      : /^CURRENT_TIMESTAMP$/i.test(literal)
        ? "now"
        : literal.replace(/^'|'$/g, "").replace(/''/g, "'");
  // SQLite's inline PRIMARY KEY implies NOT NULL, as PostgreSQL's table constraint does.
  return [name, { kind: type[1], nullable: !/NOT NULL|PRIMARY KEY/.test(upper), default: defaultValue }];
}

function foreignKey(table: string, text: string): [string, ForeignKeyShape] {
  const m = /CONSTRAINT "(\w+)" FOREIGN KEY \(([^)]*)\) REFERENCES "(\w+)"\s*\(([^)]*)\)(.*)$/s.exec(text);
  if (!m) throw new Error(`无法解析外键: ${text}`);
  const rest = m[5] ?? "";
  const action = (on: string) => new RegExp(`ON ${on} (SET NULL|SET DEFAULT|NO ACTION|RESTRICT|CASCADE)`).exec(rest)?.[1] ?? "NO ACTION";
  return [
    m[1]!,
    {
      table,
      columns: names(m[2]!),
      references: m[3]!,
      referencedColumns: names(m[4]!),
      onDelete: action("DELETE"),
      onUpdate: action("UPDATE"),
    },
  ];
}

/** Splits a CREATE TABLE body on the commas between definitions (not those inside parentheses). */
function definitions(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of body) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Applies one migration's SQL to `shape` (a copy is returned; the input is not changed). */
export function applyDdl(input: SchemaShape, sql: string): SchemaShape {
  const shape: SchemaShape = structuredClone(input);
  for (const stmt of statements(sql)) {
    let m: RegExpExecArray | null;
    if ((m = /^CREATE TABLE "(\w+)" \((.*)\)$/s.exec(stmt))) {
      const table = m[1]!;
      const columns: Record<string, ColumnShape> = {};
      let primaryKey: string[] = [];
      for (const def of definitions(m[2]!)) {
        if (/^CONSTRAINT "\w+" FOREIGN KEY/.test(def)) {
          const [name, fk] = foreignKey(table, def);
          shape.foreignKeys[name] = fk;
        } else if (/^(CONSTRAINT "\w+" )?PRIMARY KEY/.test(def)) {
          primaryKey = names(/PRIMARY KEY \(([^)]*)\)/.exec(def)![1]!);
        } else {
          const [name, column] = parseColumn(def);
          if (/PRIMARY KEY/i.test(def)) primaryKey = [name];
          columns[name] = column;
        }
      }
      shape.tables[table] = { columns, primaryKey };
    } else if ((m = /^CREATE (UNIQUE )?INDEX "(\w+)" ON "(\w+)"\s*\(([^)]*)\)$/s.exec(stmt))) {
      shape.indexes[m[2]!] = { table: m[3]!, columns: names(m[4]!), unique: Boolean(m[1]) };
    } else if ((m = /^ALTER TABLE "(\w+)" ADD (CONSTRAINT .*)$/s.exec(stmt))) {
      const [name, fk] = foreignKey(m[1]!, m[2]!);
      shape.foreignKeys[name] = fk;
    } else if ((m = /^ALTER TABLE "(\w+)" ADD COLUMN (.*)$/s.exec(stmt))) {
      const [name, column] = parseColumn(m[2]!);
      shape.tables[m[1]!]!.columns[name] = column;
    } else if ((m = /^ALTER TABLE "(\w+)" ((?:DROP COLUMN|ALTER COLUMN) .*)$/s.exec(stmt))) {
      // PostgreSQL: one or more column actions, comma-separated
      const columns = shape.tables[m[1]!]!.columns;
      for (const action of definitions(m[2]!)) {
        let a: RegExpExecArray | null;
        if ((a = /^DROP COLUMN "(\w+)"$/.exec(action))) delete columns[a[1]!];
        else if ((a = /^ALTER COLUMN "(\w+)" (SET|DROP) NOT NULL$/.exec(action))) columns[a[1]!]!.nullable = a[2] === "DROP";
        else throw new Error(`ddl-shape 不认识这条列操作: ${action}`);
      }
    } else if ((m = /^ALTER TABLE "(\w+)" DROP CONSTRAINT "(\w+)"$/s.exec(stmt))) {
      delete shape.foreignKeys[m[2]!];
    } else if ((m = /^ALTER TABLE "(\w+)" RENAME TO "(\w+)"$/s.exec(stmt))) {
      const [from, to] = [m[1]!, m[2]!];
      shape.tables[to] = shape.tables[from]!;
      delete shape.tables[from];
      for (const o of [...Object.values(shape.indexes), ...Object.values(shape.foreignKeys)]) if (o.table === from) o.table = to;
    } else if ((m = /^DROP INDEX "(\w+)"$/s.exec(stmt))) {
      delete shape.indexes[m[1]!];
    } else if ((m = /^DROP TABLE "(\w+)"$/s.exec(stmt))) {
      delete shape.tables[m[1]!];
      for (const [n, o] of [...Object.entries(shape.indexes), ...Object.entries(shape.foreignKeys)]) {
        if (o.table !== m[1]) continue;
        delete shape.indexes[n];
        delete shape.foreignKeys[n];
      }
    } else if (/^(PRAGMA|INSERT INTO|UPDATE|CREATE TEMP TABLE)\b/.test(stmt)) {
      // Data steps (copies, back-fills, scratch tables of a redefinition): the shape is unchanged.
    } else {
      throw new Error(`ddl-shape 不认识这条迁移语句，请先在 server/db/ddl-shape.ts 中支持它: ${stmt.slice(0, 80)}`);
    }
  }
  return shape;
}
