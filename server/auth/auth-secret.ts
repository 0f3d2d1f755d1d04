// The key that signs session cookies. BETTER_AUTH_SECRET wins; without it a random
// key is made once and kept beside the database file, so `npm start` needs no .env
// and a restart keeps everyone signed in. Several app hosts (PostgreSQL) need the env.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EnvSource } from "./env-source";

export const AUTH_SECRET_FILE = "auth-secret";

/** The secret from the environment, else the one in `dataDir/auth-secret` (created by the first caller). */
export function authSecret(dataDir: string, env: EnvSource = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, AUTH_SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // "wx": the first writer wins, so two processes starting together agree on one key
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
