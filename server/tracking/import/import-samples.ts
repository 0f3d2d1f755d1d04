import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../db";
import { SAMPLE_DEPARTMENT } from "../../../lib/domain/default-department";
import { findOrCreateDepartment } from "../../db/store/departments";
import { countReports } from "../../db/store/reports";
import { commitImport } from "./commit-import";

export { SAMPLE_DEPARTMENT };

/** Imports every `*.md` in `dir`, in name order, into 示例部门 when the database holds no report yet; returns how many it imported. */
export async function importSamplesIfEmpty(db: Db, dir: string): Promise<number> {
  if ((await countReports(db)) > 0) return 0;
  const { id: departmentId } = await findOrCreateDepartment(db, SAMPLE_DEPARTMENT);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  for (const file of files) await commitImport(db, readFileSync(path.join(dir, file), "utf8"), { departmentId, actor: "示例数据" });
  return files.length;
}
