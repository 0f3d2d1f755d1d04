// `npm run -s cli -- migrate`: applies pending migrations to DATABASE_URL's database.
import { databaseTarget } from "../../db";
import { migrateDatabase } from "../../db/migrate-database";
import { CliError } from "../cli-error";

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) throw new CliError(`migrate 不接受参数: ${args.join(" ")}`);
  const applied = await migrateDatabase(databaseTarget);
  const where = databaseTarget.provider === "sqlite" ? databaseTarget.file : "PostgreSQL";
  if (applied.length === 0) console.log(`数据库已是最新（${where}）`);
  else for (const name of applied) console.log(`已应用迁移 ${name}（${where}）`);
  return 0;
}
