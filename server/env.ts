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
