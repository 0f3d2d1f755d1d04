// The JSON that `cli export` writes and `cli restore` reads: every table's rows,
// ids and timestamps included, so a database moves between SQLite and
// PostgreSQL with nothing lost. Bump DUMP_VERSION when the shape changes, and
// teach dump-upgrade.ts to bring the older version up to it.
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { upgradeDumpV1 } from "./dump-upgrade";

export const DUMP_FORMAT = "weekly-tracker-dump";
/** 2: departments are rows (Department, Membership) instead of a name on each report, initiative and alias */
export const DUMP_VERSION = 2;

/**
 * Models a dump leaves out, and why: TrackingRevision only tells readers
 * whether their cache is current, so each database keeps its own (a restore
 * bumps it). Sessions, OAuth state and rate-limit counts are short-lived: after
 * a move everyone signs in again (users and their passwords do move).
 * Notification channels hold secrets sealed with this host's NOTIFY_SECRET_KEY, which
 * another host cannot open, and their outbox is a delivery log of this host: an admin
 * enters the channels and schedule again after a move (they are a few rows per department).
 * Follows go with them: they only decide who gets e-mail from this host's outbox, and each
 * user follows again in a few clicks (their notifyPreference moves with the User row).
 * Calendar subscription links name this host in their URL: after a move an editor makes new ones.
 * Undo points only serve 撤销 on this host, for the latest writes: a restore is a new start.
 */
export const NOT_DUMPED = [
  "TrackingRevision",
  "Session",
  "Verification",
  "RateLimit",
  "NotifyChannel",
  "NotifyDelivery",
  "NotifySchedule",
  "Follow",
  "CalendarFeed",
  "UndoPoint",
] as const;
export type DumpedModel = Exclude<Prisma.ModelName, (typeof NOT_DUMPED)[number]>;

interface TableSpec {
  name: DumpedModel;
  /** the client's property for it */
  model: Uncapitalize<DumpedModel>;
  /** what a restore summary calls it */
  label: string;
  /** DateTime columns: ISO strings in the dump */
  dates: readonly string[];
  /** DateTime columns that may be null */
  nullableDates?: readonly string[];
  /** ids are strings Better Auth makes, not a sequence */
  textId?: true;
  /** the primary key's columns when it is not `id` (then there is no sequence either) */
  key?: readonly string[];
  /** absent from version-1 dumps written before the table existed: restored as empty */
  addedLater?: true;
  /** first written by dump version 2: a version-1 dump gets it from dump-upgrade.ts */
  since?: 2;
  /** absent from dumps of any version written before the table existed: restored as empty */
  lateTable?: true;
}

/** Every model but NOT_DUMPED, each after the tables it references (the order rows are restored in). */
export const TABLES: readonly TableSpec[] = [
  { name: "Department", model: "department", label: "部门", dates: ["createdAt"], since: 2 },
  { name: "Group", model: "group", label: "分组", dates: [] },
  { name: "Report", model: "report", label: "周报", dates: ["importedAt"] },
  { name: "Initiative", model: "initiative", label: "项目", dates: ["createdAt", "updatedAt"] },
  { name: "InitiativeAlias", model: "initiativeAlias", label: "项目别名", dates: [] },
  { name: "Milestone", model: "milestone", label: "里程碑", dates: ["createdAt", "updatedAt"] },
  { name: "MilestoneObservation", model: "milestoneObservation", label: "里程碑记录", dates: ["createdAt"] },
  { name: "InitiativeObservation", model: "initiativeObservation", label: "项目记录", dates: ["createdAt"] },
  { name: "EditLog", model: "editLog", label: "修改日志", dates: ["createdAt"] },
  { name: "User", model: "user", label: "用户", dates: ["createdAt", "updatedAt"], textId: true, addedLater: true },
  { name: "Membership", model: "membership", label: "部门成员", dates: ["createdAt"], key: ["userId", "departmentId"], since: 2 },
  {
    name: "Account",
    model: "account",
    label: "登录方式",
    dates: ["createdAt", "updatedAt"],
    nullableDates: ["accessTokenExpiresAt", "refreshTokenExpiresAt"],
    textId: true,
    addedLater: true,
  },
  // userId is not a foreign key: the log outlives the accounts it names
  { name: "AuditLog", model: "auditLog", label: "操作日志", dates: ["createdAt"], addedLater: true },
  { name: "LayoutProfileRule", model: "layoutProfileRule", label: "版式配置规则", dates: ["createdAt"], since: 2, lateTable: true },
];

export type DumpRow = Record<string, string | number | boolean | null>;

export interface Dump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  exportedAt: string;
  tables: Record<DumpedModel, DumpRow[]>;
}

/** A dump that cannot be restored; the message is for users. */
export class DumpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DumpError";
  }
}

/** A version-1 dump, rows as the code before departments wrote them (a `department` name, groups without one). */
export interface DumpV1 {
  format: typeof DUMP_FORMAT;
  version: 1;
  exportedAt: string;
  tables: Record<Exclude<DumpedModel, "Department" | "Membership" | "LayoutProfileRule">, DumpRow[]>;
}

const row = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const schemaOf = (version: 1 | 2) =>
  z.object({
    format: z.literal(DUMP_FORMAT),
    version: z.literal(version),
    exportedAt: z.string(),
    tables: z.object(
      Object.fromEntries(
        TABLES.filter((t) => (t.since ?? 1) <= version).map((t) => [
          t.name,
          (t.addedLater && version === 1) || t.lateTable ? z.array(row).default([]) : z.array(row),
        ]),
      ) as Record<DumpedModel, z.ZodArray<typeof row>>,
    ),
  });
const SCHEMAS = { 1: schemaOf(1), 2: schemaOf(2) };

/** Checks parsed JSON is a dump this version can restore; an older one comes back upgraded to DUMP_VERSION. */
export function parseDump(json: unknown): Dump {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== DUMP_FORMAT) throw new DumpError(`不是周报跟踪的导出文件（缺少 format: "${DUMP_FORMAT}"）`);
  const { version } = head.data;
  if (version !== 1 && version !== 2) throw new DumpError(`导出文件版本 ${version} 不受支持（本程序能恢复版本 1 到 ${DUMP_VERSION}）`);
  const parsed = SCHEMAS[version].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DumpError(`导出文件内容不完整或已损坏（${issue?.path.join(".")}: ${issue?.message}）`);
  }
  return version === 1 ? upgradeDumpV1(parsed.data as DumpV1) : (parsed.data as Dump);
}
