// Several reports in one call, for the import page's batch (many files or a
// .zip). The page sends a few files a call, so a 52-week batch stays within the
// per-user limit of calls (trpc.ts IMPORTS_PER_MINUTE) while each call's work
// stays bounded: at most MAX_BATCH_FILES reports, and the request body limit
// (server/http/request-limits.ts, 8 MB) bounds their text.
import { z } from "zod";
import { id, importInput } from "../schemas";

export const MAX_BATCH_FILES = 10;

const batchFile = importInput.pick({ text: true, fileName: true, referenceDate: true });

export const previewBatchInput = z.object({ files: z.array(batchFile).min(1).max(MAX_BATCH_FILES) });

/** Each file goes into the department its preview proposed (or the user chose). */
export const commitBatchInput = z.object({
  files: z
    .array(batchFile.extend({ departmentId: id }))
    .min(1)
    .max(MAX_BATCH_FILES),
});
