// Environment, validated once (create-t3-app's env.ts, without its extra package).
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL 必须以 file: 或 postgresql:// 开头")
    .optional(),
  /** "0"/"false" turns off importing samples/reports into an empty database at server start */
  IMPORT_SAMPLES: z.enum(["0", "1", "true", "false"]).optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
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

export const env = readEnv();
