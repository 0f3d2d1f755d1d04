// Environment, validated once (create-t3-app's env.ts, without its extra package).
import { z } from "zod";
import { DEFAULT_DATE_WINDOW, isInDateWindow, type DateWindow } from "../lib/dates/date-window";

// A window narrows or moves the built-in one, never widens it: the report reader reads no years outside it.
const { earliest, latest } = DEFAULT_DATE_WINDOW;
const day = (name: string) =>
  z.iso
    .date({ error: `${name} 应为 yyyy-MM-dd 格式的真实日期` })
    .refine((d) => isInDateWindow(d), { error: `${name} 应在 ${earliest} 至 ${latest} 之间` })
    .optional();

const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL 必须以 file: 或 postgresql:// 开头")
      .optional(),
    /** "0"/"false" turns off importing samples/reports into an empty database at server start */
    IMPORT_SAMPLES: z.enum(["0", "1", "true", "false"]).optional(),
    /** MB of one file a user imports (a .md, .txt, .docx or a .zip's entry); default 2 */
    IMPORT_MAX_FILE_MB: z.coerce.number().positive("IMPORT_MAX_FILE_MB 必须是正数").optional(),
    /** MB of the files imported at once (and of what a .zip unpacks to); default 50 */
    IMPORT_MAX_BATCH_MB: z.coerce.number().positive("IMPORT_MAX_BATCH_MB 必须是正数").optional(),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** the first and last day the tracker accepts (default 2000-01-01 … 2100-12-31) */
    DATE_WINDOW_START: day("DATE_WINDOW_START"),
    DATE_WINDOW_END: day("DATE_WINDOW_END"),
    /**
     * ms one report may take to read in its worker thread before it is refused
     * (server/extract-pool). A real 2 MB report takes 2–7 s on a loaded 2-core machine,
     * a 10,000-item one about 5 s: the default leaves room for both.
     */
    EXTRACT_TIME_BUDGET_MS: z.coerce
      .number()
      .int("EXTRACT_TIME_BUDGET_MS 必须是整数（毫秒）")
      .min(100, "EXTRACT_TIME_BUDGET_MS 至少 100（毫秒）")
      .max(600_000, "EXTRACT_TIME_BUDGET_MS 至多 600000（毫秒）")
      .default(15_000),
  })
  .refine((e) => dateWindowOf(e).earliest <= dateWindowOf(e).latest, {
    path: ["DATE_WINDOW_START"],
    error: `DATE_WINDOW_START 不能晚于 DATE_WINDOW_END（未设置时分别为 ${earliest} 与 ${latest}）`,
  });

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`环境变量无效: ${problems}`);
  }
  return parsed.data;
}

/** The days the tracker accepts: the environment's window, else the built-in one. */
export function dateWindowOf(e: { DATE_WINDOW_START?: string; DATE_WINDOW_END?: string }): DateWindow {
  return { earliest: e.DATE_WINDOW_START ?? DEFAULT_DATE_WINDOW.earliest, latest: e.DATE_WINDOW_END ?? DEFAULT_DATE_WINDOW.latest };
}

export const env = readEnv();
export const dateWindow = dateWindowOf(env);
