// Runs `prisma generate` offline, for the SQLite schema and for the PostgreSQL
// one written from it (scripts/generate-pg-schema.mjs). Prisma's CLI wants a
// schema-engine binary it would download; generating the client does not use
// it, so any existing file satisfies the check (see DEVELOPERS.md, "Facts of this machine").
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { generatePgSchema } from "./generate-pg-schema.mjs";

const engine = process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? (existsSync("/bin/false") ? "/bin/false" : process.execPath);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };

generatePgSchema();
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  const result = spawnSync("npx", ["--no-install", "prisma", "generate", "--schema", schema], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
