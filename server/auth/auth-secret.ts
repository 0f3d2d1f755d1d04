// The key that signs session cookies. BETTER_AUTH_SECRET wins; without it a random
// key is made once and kept beside the database file, so `npm start` needs no .env
// and a restart keeps everyone signed in. Several app hosts (PostgreSQL) need the env.
import type { EnvSource } from "./env-source";
import { keptSecret } from "./kept-secret";

export const AUTH_SECRET_FILE = "auth-secret";

/** The secret from the environment, else the one in `dataDir/auth-secret` (created by the first caller). */
export function authSecret(dataDir: string, env: EnvSource = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  return keptSecret(dataDir, AUTH_SECRET_FILE);
}
