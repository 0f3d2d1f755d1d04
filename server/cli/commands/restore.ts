// `npm run -s cli -- restore dump.json`: loads what `export` wrote into
// DATABASE_URL's database, which must be empty (it is migrated first).
import { readFile } from "node:fs/promises";
import { databaseTarget, db } from "../../db";
import { DumpError, parseDump, TABLES } from "../../db/dump-format";
import { migrateDatabase } from "../../db/migrate-database";
import { restoreData } from "../../db/restore-data";
import { CliError } from "../cli-error";

const USAGE = "用法: restore <dump.json>";

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError(USAGE);
  const dump = parse(file, await read(file));
  await migrateDatabase(databaseTarget);
  let counts;
  try {
    counts = await restoreData(db, dump);
  } catch (error) {
    if (error instanceof DumpError) throw new CliError(error.message);
    throw error;
  }
  const where = databaseTarget.provider === "sqlite" ? databaseTarget.file : `PostgreSQL（schema ${databaseTarget.schema}）`;
  console.log(`已恢复到 ${where}：${TABLES.map((t) => `${t.label} ${counts[t.name]}`).join("，")}`);
  return 0;
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `找不到文件 ${file}` : `无法读取 ${file}: ${(error as Error).message}`);
  }
}

function parse(file: string, text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} 不是有效的 JSON（应为 export 命令的输出）`);
  }
  try {
    return parseDump(json);
  } catch (error) {
    if (error instanceof DumpError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}
