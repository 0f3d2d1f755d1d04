import type { DateWindow } from "../../../lib/dates/date-window";
import type { ProfileRule } from "../../../lib/layout-profile/layout-profile";
import type { Db, Tx } from "../../db";
import { deleteProfileRules, readLayoutProfile, saveProfileRules } from "../../db/store/layout-profile-rules";
import { profileForImport, type ProfileChoice } from "../profile/profile-for-import";
import { NO_SOURCE, withProfile } from "../profile/with-profile";
import { reviewAliasRules } from "../profile/review-alias-rules";
import { type RememberedRules, rulesThatChange } from "../profile/rules-that-change";
import { lockImports } from "../../db/import-lock";
import { deleteObservationsOfReport } from "../../db/store/observations";
import { findReport, saveReport } from "../../db/store/reports";
import { trackedTransaction } from "../tracked-transaction";
import type { Change, ChangeKind, ImportResult, ReviewDecisions } from "../types";
import { applyPlan } from "./apply-plan";
import { entryKeys, newInitiativeChange } from "./change-id";
import { recordUndo } from "../undo/undo-point";
import { contentHash } from "./content-hash";
import { decisionsForWeek } from "./decisions-for-week";
import { storeDecisions } from "./earlier-decisions";
import { loadKnownState } from "./known-state";
import { planImport, type ImportPlan } from "./plan-import";
import { extractInline, type ReportExtractor } from "./report-extractor";

export interface CommitOptions extends ProfileChoice {
  /** keep the corrections as rules of the department's profile (default true: "remember for this department") */
  rememberForDepartment?: boolean;
  /** the department the report is imported into (its header's name is only a proposal: propose-department.ts) */
  departmentId: number;
  actor: string;
  referenceDate?: string;
  /** the uploaded file's name, which may date the report (ExtractOptions.fileName) */
  fileName?: string;
  /** the days the tracker accepts (ExtractOptions.dateWindow) */
  dateWindow?: DateWindow;
  decisions?: ReviewDecisions;
  /** how the text is read (default: in this thread); it is read before the transaction starts */
  extract?: ReportExtractor;
}

/**
 * Imports a report in one transaction: all of it or nothing. The same text
 * again changes no data: only the layout rules it teaches, if any (then it
 * can be undone like any import); another version of an imported week
 * replaces what that week had contributed.
 */
export async function commitImport(db: Db, text: string, options: CommitOptions): Promise<ImportResult> {
  const extract = options.extract ?? extractInline;
  const corrected = await profileForImport(db, options.departmentId, options, NO_SOURCE);
  const extraction = await extract(text, {
    referenceDate: options.referenceDate,
    fileName: options.fileName,
    dateWindow: options.dateWindow,
    ...withProfile(corrected.profile),
  });
  const remember = options.rememberForDepartment !== false;
  // the corrections as rules, and (an import that applies its decisions) the aliases added in the review
  const rulesToRemember = async (tx: Tx, reportId: number, plan?: ImportPlan, decisions?: ReviewDecisions): Promise<RememberedRules> => {
    if (!remember) return { added: [], replaced: [] };
    const source = { reportId, week: extraction.week, actor: options.actor, at: new Date().toISOString() };
    const added: ProfileRule[] = corrected.added.map((rule) => ({ ...rule, source }));
    if (plan && decisions && Object.values(decisions.entries ?? {}).some((d) => d.alias?.trim())) {
      const stored = await readLayoutProfile(tx, options.departmentId);
      const kept = stored.rules.filter((rule) => !corrected.replaced.includes(rule.id) && !added.some((a) => a.id === rule.id));
      const profile = { ...stored, rules: [...kept, ...added] };
      added.push(...reviewAliasRules(plan.entries, entryKeys(extraction.entries), decisions, profile, source));
    }
    return { added, replaced: corrected.replaced };
  };
  const saveRules = async (tx: Tx, { added, replaced }: RememberedRules) => {
    if (added.length === 0) return;
    await deleteProfileRules(tx, options.departmentId, replaced);
    await saveProfileRules(tx, options.departmentId, added);
  };
  const hash = contentHash(text);
  const { departmentId } = options;
  const { week } = extraction;
  const { value } = await trackedTransaction(
    db,
    async (write) => {
      const { tx } = write;
      await lockImports(tx);
      const existing = await findReport(tx, departmentId, week);
      if (existing?.contentHash === hash) {
        // No data changes; rules the commit teaches are an edit of the profile, undone by 撤销本次导入 like any import.
        const stored = (await readLayoutProfile(tx, departmentId)).rules;
        const rules = rulesThatChange(stored, await rulesToRemember(tx, existing.id));
        if (rules.added.length === 0) {
          write.changedNothing();
          return { reportId: existing.id, week, mode: "same" as const, counts: {} };
        }
        const undo = await recordUndo(write, { departmentId, reportId: existing.id });
        await saveRules(tx, rules);
        await undo.save({ kind: "import", reportId: existing.id, initiativeId: null, label: week, actor: options.actor });
        return { reportId: existing.id, week, mode: "same" as const, counts: {}, rememberedRules: rules.added.length };
      }
      const undo = await recordUndo(write, { departmentId, reportId: existing?.id ?? null });
      const known = await loadKnownState(tx, departmentId);
      const { decisions } = await decisionsForWeek(tx, departmentId, known, extraction, options.decisions);
      const plan = planImport(known, extraction, decisions);
      const affected = existing ? await deleteObservationsOfReport(tx, existing.id) : { milestones: [], initiatives: [] };
      const reportId = await saveReport(tx, existing?.id ?? null, {
        departmentId,
        week,
        reportDate: extraction.reportDate,
        title: extraction.title,
        rawText: text,
        contentHash: hash,
        importedAt: new Date(),
        importedBy: options.actor,
        decisions: JSON.stringify(storeDecisions(decisions, plan.changes)),
      });
      await applyPlan(write, plan, extraction, { id: reportId, departmentId, actor: options.actor }, affected);
      await saveRules(tx, await rulesToRemember(tx, reportId, plan, decisions));
      await undo.save({ kind: "import", reportId, initiativeId: null, label: week, actor: options.actor });
      write.causedBy({ kind: "import", departmentId, reportId, week });
      const counts: Partial<Record<ChangeKind, number>> = {};
      const rejected = new Set(decisions.rejected ?? []);
      for (const c of plan.changes) {
        if (c.kind !== "silent" && !rejected.has(c.id) && !droppedWithEntry(c, rejected)) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
        if (c.kind === "silent" && c.initiativeId !== null)
          write.emit({ kind: "initiative_silent", initiativeId: c.initiativeId, name: c.initiativeName, lastSeenWeek: c.lastSeenWeek });
      }
      return { reportId, week, mode: existing ? ("replace" as const) : ("new" as const), counts };
    },
    { long: true },
  );
  return value;
}

/** A change of an entry whose new initiative was rejected: nothing of the entry is imported. */
function droppedWithEntry(c: Change, rejected: ReadonlySet<string>): boolean {
  return c.entryKey !== null && c.kind !== "new_initiative" && rejected.has(newInitiativeChange(c.entryKey).id);
}
