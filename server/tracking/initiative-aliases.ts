// The names later reports find an initiative by: every name a report or a PM
// gave it, normalised (normalize-name.ts); the first initiative to claim a name keeps it.
import type { Tx } from "../db";
import { addAliases } from "../db/store/initiatives";
import { normalizeName } from "./derive/normalize-name";

/** Later reports that use any of these names land on this initiative. */
export async function ensureAliases(tx: Tx, departmentId: number, initiativeId: number, names: string[]) {
  await ensureAliasesOfMany(tx, departmentId, [{ initiativeId, names }]);
}

/** Later reports that use any of these names land on these initiatives (the first to claim a name keeps it). */
export async function ensureAliasesOfMany(tx: Tx, departmentId: number, wanted: { initiativeId: number; names: string[] }[]) {
  const byKey = new Map<string, { initiativeId: number; name: string; key: string }>();
  for (const { initiativeId, names } of wanted) {
    for (const name of names) {
      const key = normalizeName(name);
      if (key && !byKey.has(key)) byKey.set(key, { initiativeId, name, key });
    }
  }
  await addAliases(tx, departmentId, [...byKey.values()]);
}
