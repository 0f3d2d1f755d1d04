// The import page's batch: preview several reports, then commit them a few at
// a time in date order. A file that cannot be read or imported is an answer of
// its own ({ ok: false, message }); the others go on. Each commit is its own
// transaction, so a re-run finds the weeks already imported (mode "same").
import { dateWindow } from "../../env";
import { ExtractionError } from "../../extract/types";
import { ExtractPoolError } from "../../extract-pool";
import { commitImport, previewImport, TrackingError } from "../../tracking";
import type { ChangeKind } from "../../tracking/types";
import { audited } from "../audited";
import { departmentsWhere, importingProcedure, reportExtractor, requireRole } from "../trpc";
import { commitBatchInput, previewBatchInput } from "./importer-batch.schema";

type Failed = { ok: false; message: string };

export interface BatchPreview {
  ok: true;
  week: string;
  reportDate: string;
  departmentId: number;
  /** the department the header names, "" when none */
  department: string;
  mode: "new" | "same" | "replace";
  counts: Partial<Record<ChangeKind, number>>;
}

/** The reason of a report the reader or the tracker refuses; anything else is a server error. */
async function perFile<T>(work: () => Promise<T>): Promise<T | Failed> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExtractionError || error instanceof TrackingError || error instanceof ExtractPoolError)
      return { ok: false, message: error.message };
    throw error;
  }
}

const countKinds = (kinds: ChangeKind[]) =>
  kinds.reduce<Partial<Record<ChangeKind, number>>>((counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }), {});

export const previewBatch = importingProcedure.input(previewBatchInput).mutation(async ({ ctx, input }) => {
  const departments = departmentsWhere(ctx.access, "editor");
  const answers: (BatchPreview | Failed)[] = [];
  for (const file of input.files) {
    answers.push(
      await perFile(async () => {
        const cs = await previewImport(ctx.db, file.text, {
          departments,
          fileName: file.fileName,
          referenceDate: file.referenceDate,
          dateWindow,
          extract: reportExtractor(ctx),
        });
        const { week, reportDate, departmentId, department, mode } = cs;
        return { ok: true as const, week, reportDate, departmentId, department, mode, counts: countKinds(cs.changes.map((c) => c.kind)) };
      }),
    );
  }
  return answers;
});

export const commitBatch = importingProcedure.input(commitBatchInput).mutation(async ({ ctx, input }) => {
  // the role is checked per file (a batch may span departments), all before the first write
  const departments = input.files.map((file) => requireRole(ctx.access, file.departmentId, "editor"));
  const answers = [];
  for (const [i, file] of input.files.entries()) {
    const department = departments[i]!;
    answers.push(
      await perFile(async () => {
        const result = await audited(
          { ...ctx, department },
          "import.commit",
          () =>
            commitImport(ctx.db, file.text, {
              departmentId: department.id,
              actor: ctx.actor,
              fileName: file.fileName,
              referenceDate: file.referenceDate,
              dateWindow,
              extract: reportExtractor(ctx),
            }),
          (r) => ({ changes: { reportId: r.reportId, week: r.week, mode: r.mode, fileName: file.fileName ?? null, counts: r.counts } }),
        );
        return { ok: true as const, ...result };
      }),
    );
  }
  return answers;
});
