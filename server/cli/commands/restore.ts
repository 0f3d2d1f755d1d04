// `npm run -s cli -- restore dump.json`: loads what `export` wrote into
// DATABASE_URL's database, which must be empty (it is migrated first).
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { messages } from "../../../lib/messages";
import { databaseTarget, db } from "../../db";
import { DumpError, parseDump, TABLES } from "../../db/dump-format";
import { migrateDatabase } from "../../db/migrate-database";
import { recordAudit } from "../../db/store/audit-log";
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
  // the CLI has no signed-in user: the entry names the operating-system account that ran it
  await recordAudit(db, { action: "restore", userId: null, userName: `${messages.audit.cliUser}（${osUser()}）`, ip: null }, () => ({
    changes: counts,
    reason: path.basename(file),
  }));
  const where = databaseTarget.provider === "sqlite" ? databaseTarget.file : `PostgreSQL（schema ${databaseTarget.schema}）`;
  console.log(`已恢复到 ${where}：${TABLES.map((t) => `${t.label} ${counts[t.name]}`).join("，")}`);
  return 0;
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "?";
  }
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
