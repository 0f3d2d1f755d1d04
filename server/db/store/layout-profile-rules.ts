// The rules of each department's layout profile (lib/layout-profile), with where each came from.
import { z } from "zod";
import {
  LAYOUT_PROFILE_VERSION,
  PROFILE_RULE_KINDS,
  type LayoutProfile,
  type ProfileRule,
} from "../../../lib/layout-profile/layout-profile";
import type { DbOrTx, Tx } from "../create-client";

const kindSchema = z.enum(PROFILE_RULE_KINDS);

/** A department's profile, its rules in the order they were taught. */
export async function readLayoutProfile(db: DbOrTx, departmentId: number): Promise<LayoutProfile> {
  const rows = await db.layoutProfileRule.findMany({ where: { departmentId }, orderBy: { id: "asc" } });
  return {
    version: LAYOUT_PROFILE_VERSION,
    rules: rows.map((row) => ({
      id: row.ruleId,
      kind: kindSchema.parse(row.kind),
      match: row.match,
      value: row.value,
      source: { reportId: row.sourceReportId, week: row.sourceWeek, actor: row.actor, at: row.createdAt.toISOString() },
    })),
  };
}

function rowOf(departmentId: number, rule: ProfileRule) {
  const at = rule.source.at ? new Date(rule.source.at) : null;
  return {
    departmentId,
    ruleId: rule.id,
    kind: rule.kind,
    match: rule.match,
    value: rule.value,
    sourceReportId: rule.source.reportId,
    sourceWeek: rule.source.week,
    actor: rule.source.actor,
    ...(at && !Number.isNaN(at.getTime()) ? { createdAt: at } : {}),
  };
}

/** Adds rules; a rule of the same id replaces the one there. */
export async function saveProfileRules(tx: Tx, departmentId: number, rules: readonly ProfileRule[]): Promise<void> {
  if (rules.length === 0) return;
  await tx.layoutProfileRule.deleteMany({ where: { departmentId, ruleId: { in: rules.map((r) => r.id) } } });
  await tx.layoutProfileRule.createMany({ data: rules.map((rule) => rowOf(departmentId, rule)) });
}

/** Removes rules by id; how many there were. */
export async function deleteProfileRules(tx: Tx, departmentId: number, ruleIds: readonly string[]): Promise<number> {
  if (ruleIds.length === 0) return 0;
  const { count } = await tx.layoutProfileRule.deleteMany({ where: { departmentId, ruleId: { in: [...ruleIds] } } });
  return count;
}

/** The department's profile becomes exactly these rules. */
export async function replaceProfileRules(tx: Tx, departmentId: number, rules: readonly ProfileRule[]): Promise<void> {
  await tx.layoutProfileRule.deleteMany({ where: { departmentId } });
  if (rules.length > 0) await tx.layoutProfileRule.createMany({ data: rules.map((rule) => rowOf(departmentId, rule)) });
}
