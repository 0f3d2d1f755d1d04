// Environment, validated once (create-t3-app's env.ts, without its extra package).
import { z } from "zod";

const schema = z.object({
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
