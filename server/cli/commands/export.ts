// `npm run -s cli -- export > dump.json`: every table of DATABASE_URL's database
// as JSON on stdout (format: server/db/dump-format.ts); `restore` reads it back.
import { databaseTarget, db } from "../../db";
import { exportData } from "../../db/export-data";
import { migrateDatabase } from "../../db/migrate-database";
import { CliError } from "../cli-error";

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) throw new CliError(`export 不接受参数: ${args.join(" ")}（用法: export > dump.json）`);
  await migrateDatabase(databaseTarget);
  const dump = await exportData(db);
  // Wait until stdout has taken it all: the CLI exits right after, and a pipe may be asynchronous.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(`${JSON.stringify(dump)}\n`, (error) => (error ? reject(error) : resolve())),
  );
  return 0;
}
